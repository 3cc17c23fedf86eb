import { describe, expect, it } from 'vitest';
import { EMPTY_FIELDS, readFields, type SourceFields } from '../../../entrypoints/options/source-form-model';

const fields = (patch: Partial<SourceFields>): SourceFields => ({ ...EMPTY_FIELDS, name: 'Outlet', domains: 'outlet.example', ...patch });

describe('the source form\'s checks, each error a sentence beside its field', () => {
  it.each([
    [{ name: '  ' }, { name: 'Give the source a name.' }],
    [{ domains: '' }, { domains: 'Give at least one domain (for example: bbc.co.uk).' }],
    [{ domains: 'outlet.example, not a domain!' }, { domains: '"not" is not a domain (for example: bbc.co.uk).' }],
    [{ feeds: 'https://outlet.example/rss\nftp://outlet.example/feed' }, { feeds: '"ftp://outlet.example/feed" is not an http or https address.' }],
  ])('%j: %j', (patch, errors) => {
    expect(readFields(fields(patch), 'id').errors).toEqual(errors);
  });

  it('reads good fields into a source, domains normalised and de-duplicated', () => {
    expect(readFields(fields({ domains: 'https://www.Outlet.example/news, outlet.example' }), 'id')).toEqual({
      source: { id: 'id', name: 'Outlet', domains: ['outlet.example'], feeds: [], enabled: true, autoCapture: false },
      errors: null,
    });
  });
});
