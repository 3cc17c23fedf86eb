// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import axe from 'axe-core';
import { DataSection } from '../../../entrypoints/options/DataSection';
import type { DataSummary } from '../../../lib/store/data';
import { fakeTransport } from '../../components/fake-transport';

const stored: DataSummary = { reports: 3, revisions: 1, oldestCapture: '2026-10-30T08:00:00.000Z', newestCapture: '2026-11-05T12:30:00.000Z', bytes: 12_345 };
const empty: DataSummary = { reports: 0, revisions: 0, oldestCapture: null, newestCapture: null, bytes: 0 };

/** A background in memory: the summary reflects deletes and imports, as the real one would. */
function background(importAnswer: unknown = { ok: true, reports: 2, revisions: 0 }) {
  let summary = { ...stored };
  return fakeTransport({
    'ui:data-summary': () => summary,
    'ui:export-data': () => ({ json: '{"format":"parallax-export"}', reports: 3, revisions: 1 }),
    'ui:import-data': () => {
      const answer = importAnswer as { ok: boolean; reports: number };
      if (answer.ok) summary = { ...summary, reports: summary.reports + answer.reports };
      return answer as never;
    },
    'ui:delete-data': () => {
      const deleted = { reports: summary.reports, revisions: summary.revisions };
      summary = { ...empty };
      return deleted;
    },
    'ui:prune-reports': () => ({ removed: 2 }),
  });
}

const download = vi.fn();
let fake: ReturnType<typeof background>;
function show(retentionDays = 90) {
  return render(<DataSection send={fake.transport.send} download={download} retentionDays={retentionDays} locale="en-GB" now={() => new Date('2026-11-20T09:00:00.000Z')} />);
}
const sent = (name: string) => fake.send.mock.calls.filter(([n]) => n === name);
const status = () => screen.getByRole('status');
const upload = (text: string) =>
  fireEvent.change(screen.getByLabelText('Import a data file…'), { target: { files: [new File([text], 'parallax-data.json', { type: 'application/json' })] } });

beforeEach(() => {
  download.mockReset();
  fake = background();
});
afterEach(cleanup);

describe('Your data', () => {
  it('says what is stored: counts, capture span and size, in the reader\'s locale', async () => {
    show();
    expect(screen.getByRole('heading', { name: 'Your data' })).toBeTruthy();
    await screen.findByText('3 reports and 1 earlier version stored, captured from 30 Oct 2026 to 5 Nov 2026; about 12.3 kB.');
  });

  it('exports everything as a JSON file named with the day', async () => {
    show();
    await screen.findByText(/3 reports/);
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    await waitFor(() => expect(status().textContent).toBe('Exported 3 reports and 1 earlier version.'));
    expect(download).toHaveBeenCalledWith('parallax-data-2026-11-20.json', '{"format":"parallax-export"}');
  });

  it('imports a file\'s text, merging by default, then counts again', async () => {
    show();
    await screen.findByText(/^3 reports/);
    upload('{"format":"parallax-export","version":3,"reports":[]}');
    await waitFor(() => expect(status().textContent).toBe('Imported 2 reports.'));
    expect(sent('ui:import-data')).toEqual([['ui:import-data', { json: '{"format":"parallax-export","version":3,"reports":[]}', mode: 'merge' }]]);
    await screen.findByText(/^5 reports and 1 earlier version stored/);
  });

  it('asks for a replacing import when the box is ticked', async () => {
    show();
    fireEvent.click(screen.getByLabelText('Replace what is stored when importing'));
    upload('{}');
    await waitFor(() => expect(sent('ui:import-data')[0]?.[1]).toEqual({ json: '{}', mode: 'replace' }));
  });

  it('shows a refused file\'s reason as text, never as markup', async () => {
    fake = background({ ok: false, message: 'This file is not a Parallax export (format: <img src=x onerror="alert(1)">).' });
    const { container } = show();
    upload('{"format":"other"}');
    await waitFor(() => expect(status().textContent).toBe('Nothing was imported. This file is not a Parallax export (format: <img src=x onerror="alert(1)">).'));
    expect(status().className).toBe('px-error');
    expect(container.querySelector('img')).toBeNull();
  });

  it('refuses an empty file without asking the background', async () => {
    show();
    upload('   ');
    await waitFor(() => expect(status().textContent).toBe('Nothing was imported. The file is empty.'));
    expect(sent('ui:import-data')).toHaveLength(0);
  });

  it('deletes only after the second, explicit button; Cancel deletes nothing', async () => {
    show();
    await screen.findByText(/^3 reports/);
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    const confirm = screen.getByRole('button', { name: 'Yes, delete everything' });
    expect(document.activeElement).toBe(confirm);
    expect(screen.getByText('Delete 3 reports and 1 earlier version? This cannot be undone.')).toBeTruthy();
    expect(sent('ui:delete-data')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Yes, delete everything' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(sent('ui:delete-data')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(status().textContent).toBe('Deleted 3 reports and 1 earlier version.'));
    expect(sent('ui:delete-data')).toHaveLength(1);
    await screen.findByText('No reports are stored.');
    // Nothing left: export, prune and delete have nothing to act on.
    expect((screen.getByRole('button', { name: 'Export everything' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Delete everything…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('prunes by the retention setting with the existing message', async () => {
    show(30);
    await screen.findByText(/^3 reports/);
    fireEvent.click(screen.getByRole('button', { name: 'Prune now' }));
    await waitFor(() => expect(status().textContent).toBe('Removed 2 reports older than 30 days.'));
    expect(sent('ui:prune-reports')).toEqual([['ui:prune-reports', {}]]);
  });

  it('cannot prune when reports are kept for ever, and says why', async () => {
    show(0);
    await screen.findByText(/^3 reports/);
    expect((screen.getByRole('button', { name: 'Prune now' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Reports are kept for ever, so nothing is old enough to prune.')).toBeTruthy();
  });

  it('says so when the background cannot be asked', async () => {
    fake.send.mockRejectedValue(new Error('Could not establish connection'));
    show();
    await screen.findByText('Parallax could not count the stored reports (Could not establish connection).');
  });

  it('has no accessibility violations (axe-core), confirm step included', async () => {
    const { container } = show();
    await screen.findByText(/^3 reports/);
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
