import { fileSize, importFileProblem } from './importFile';

const MB = 1024 * 1024;

describe('checking an import file before sending it', () => {
  it('takes a CSV up to 5 MB, whatever the case of its extension', () => {
    expect(importFileProblem({ name: 'catalogue.csv', size: 5 * MB })).toBeNull();
    expect(importFileProblem({ name: 'CATALOGUE.CSV', size: 10 })).toBeNull();
  });

  it('says why it refuses a spreadsheet, an empty file or a file above 5 MB', () => {
    expect(importFileProblem({ name: 'catalogue.xlsx', size: 10 })?.code).toBe(
      'product_imports.file.not_csv',
    );
    expect(importFileProblem({ name: 'empty.csv', size: 0 })?.code).toBe('product_imports.file.empty');
    expect(importFileProblem({ name: 'big.csv', size: 5 * MB + 1 })).toEqual({
      code: 'product_imports.file.too_large',
      values: { max: '5 MB' },
    });
  });

  it('writes sizes as people read them', () => {
    expect(fileSize(830, 'en')).toBe('830 B');
    expect(fileSize(1536, 'en')).toBe('1.5 KB');
    expect(fileSize(2.25 * MB, 'zh')).toBe('2.3 MB');
  });
});
