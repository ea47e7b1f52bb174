import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StrengthChips } from '../../../components/StrengthChips';
import { strengthById } from '../../../lib/domain/strengths';
import { setLanguage } from '../../../lib/i18n';

afterEach(() => setLanguage('en'));

const top = ['curiosity', 'perspective', 'zest'].map((id) => strengthById(id)!);

describe('the signature strengths in German', () => {
  it('show VIA’s German names and Flourish’s German descriptions', () => {
    setLanguage('de');
    render(<StrengthChips strengths={top} label="Top" />);
    expect(screen.getByRole('button', { name: /^Neugier$/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Weitsicht$/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Tatendrang$/ })).toBeTruthy();
    expect(
      screen.getByText('Mit Energie und Begeisterung an die Arbeit gehen.', { selector: '[role="tooltip"]' }),
    ).toBeTruthy();
  });
});
