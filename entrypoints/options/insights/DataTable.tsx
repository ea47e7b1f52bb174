/** The numbers behind a figure, as a table: the first cell of each row names the row. */
export interface TableData {
  caption: string;
  headers: string[];
  rows: (string | number)[][];
}

export function DataTable({ caption, headers, rows }: TableData) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, ...cells], index) => (
          <tr key={index}>
            <th scope="row">{name}</th>
            {cells.map((cell, column) => (
              <td key={column}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
