import { screen } from '@testing-library/react';
import type { Finding } from '../../domain/claims';
import { renderInAdmin } from '../../test/renderInAdmin';
import { HighlightedText } from './HighlightedText';

const finding = (start: number, end: number, severity: Finding['severity'] = 'block'): Finding => ({
  term: 'no.1',
  ruleId: 'R-SUP-NO1',
  category: 'SUP',
  severity,
  start,
  end,
  messageKey: 'claims.rules.R-SUP-NO1.message',
  suggestionKey: 'claims.rules.R-SUP-NO1.suggestion',
});

const marks = (container: HTMLElement) => [...container.querySelectorAll('mark')];

describe('HighlightedText', () => {
  it('marks exactly the offsets given, after emoji written as surrogate pairs', () => {
    const text = '😀😀 N0.1 serum';
    const { container } = renderInAdmin(<HighlightedText text={text} findings={[finding(5, 9)]} />);
    expect(marks(container).map((m) => m.textContent)).toEqual(['N0.1']);
    expect(screen.getByTestId('highlighted-text')).toHaveTextContent(text, { normalizeWhitespace: false });
  });

  it('names the rule and the severity in the mark title, translated', () => {
    const { container } = renderInAdmin(<HighlightedText text="No.1 serum" findings={[finding(0, 4)]} />);
    expect(marks(container)[0]).toHaveAttribute(
      'title',
      expect.stringContaining('Cannot be published: "No.1"'),
    );
    expect(marks(container)[0]).toHaveAttribute('data-severity', 'block');
  });

  it('renders markup in the text as literal characters, never as elements', () => {
    const text = '<b>最佳</b><img src=x onerror=alert(1)>';
    const { container } = renderInAdmin(<HighlightedText text={text} findings={[finding(3, 5)]} />);
    expect(container.querySelector('b, img')).toBeNull();
    expect(screen.getByTestId('highlighted-text').textContent).toBe(text);
    expect(marks(container).map((m) => m.textContent)).toEqual(['最佳']);
  });

  it('splits overlapping findings into runs, the stronger severity winning where they overlap', () => {
    const { container } = renderInAdmin(
      <HighlightedText text="abcdefgh" findings={[finding(1, 5, 'warn'), finding(3, 7, 'block')]} />,
    );
    expect(marks(container).map((m) => [m.textContent, m.dataset.severity])).toEqual([
      ['bc', 'warn'],
      ['de', 'block'],
      ['fg', 'block'],
    ]);
  });

  it('outlines the passage around its marks and ignores findings past the end of the text', () => {
    const { container } = renderInAdmin(
      <HighlightedText
        text="abcdef"
        findings={[finding(2, 3), finding(4, 99)]}
        passage={{ start: 1, end: 4 }}
      />,
    );
    expect(container.querySelector('[data-passage]')?.textContent).toBe('bcd');
    expect(marks(container).map((m) => m.textContent)).toEqual(['c', 'ef']);
  });
});
