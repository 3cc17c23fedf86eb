/**
 * A comparison shaped like the seed pair's (two outlets, the 2022 Kazakhstan unrest), plus a third
 * report for charts. Built by hand so the component tests do not depend on the analysis quality.
 */
import type { AttributionMention, Comparison, FigureMention, ReportRef } from '../../lib/model';

export const REPORT_A: ReportRef = { id: 'rA', outlet: 'Southern Wire', title: 'Kazakhstan Reports Casualties. UN Calls for Non Violence', publishedAt: '2022-01-06T09:00:00Z', url: 'https://a.example/kz' };
export const REPORT_B: ReportRef = { id: 'rB', outlet: 'Eastern Post', title: 'Kazakh authorities reveal police death toll, as UN calls to refrain from violence', publishedAt: '2022-01-06T15:47:00Z', url: 'https://b.example/kz' };
export const REPORT_C: ReportRef = { id: 'rC', outlet: 'Night Desk', title: 'Kazakhstan unrest: death toll rises', publishedAt: '2022-01-07T08:00:00Z', url: 'https://c.example/kz' };

export function figure(report: string, patch: Partial<FigureMention> = {}): FigureMention {
  return {
    report,
    text: 'about 750 law enforcement',
    value: 750,
    low: 750,
    high: null,
    bound: '~',
    hedge: 'about',
    kind: 'count',
    unit: 'law enforcement',
    what: 'law enforcement officers injured',
    source: 'interior ministry',
    cue: 'according to',
    stance: 'neutral',
    sentence: 'According to the interior ministry, about 750 law enforcement have evidenced injuries.',
    start: 10,
    end: 35,
    ...patch,
  };
}

export function attribution(report: string, patch: Partial<AttributionMention> = {}): AttributionMention {
  return { report, cue: 'said', stance: 'neutral', quote: null, sentence: 'The ministry said so.', start: 0, end: 21, ...patch };
}

export function seedLikeComparison(): Comparison {
  return {
    reports: [REPORT_A, REPORT_B],
    numbers: [
      {
        what: 'law enforcement officers injured',
        status: 'differs',
        kinds: ['hedge', 'cue'],
        mentions: [figure('rA'), figure('rB', { hedge: 'nearly', bound: '<', cue: 'claimed', stance: 'distancing', sentence: 'The ministry claimed nearly 750 were injured.' })],
      },
      {
        what: 'rise in liquefied petroleum gas prices',
        // As lib/compare emits an item only one report has: "single" with kind "only".
        status: 'single',
        kinds: ['only'],
        mentions: [figure('rB', { text: 'twofold hike', value: 2, low: 2, kind: 'multiplier', unit: 'fold', hedge: null, bound: '=', what: 'rise in liquefied petroleum gas prices', source: null, cue: null, stance: null, sentence: 'The protests began after a twofold hike in gas prices.' })],
      },
      {
        what: 'separate attacks in Almaty',
        status: 'agrees',
        kinds: [],
        mentions: [figure('rA', { value: 2, low: 2, hedge: null, bound: '=', what: 'separate attacks in Almaty', source: null, cue: null }), figure('rB', { value: 2, low: 2, hedge: null, bound: '=', what: 'separate attacks in Almaty', source: null, cue: null })],
      },
    ],
    attributions: [
      {
        entity: 'the authorities',
        status: 'differs',
        kinds: ['quote'],
        mentions: [attribution('rA', { cue: 'called for', quote: 'counter-terrorism', sentence: 'Authorities called for a "counter-terrorism" operation.' }), attribution('rB', { cue: 'are calling', quote: 'counter-terrorist', sentence: 'Authorities are calling it a "counter-terrorist" operation.' })],
      },
      {
        entity: 'OHCHR',
        status: 'differs',
        kinds: ['cue'],
        mentions: [attribution('rA', { cue: 'noted', stance: 'neutral' }), attribution('rB', { cue: 'alleged', stance: 'distancing' })],
      },
      {
        entity: 'energy ministry',
        status: 'single',
        kinds: ['only'],
        mentions: [attribution('rB', { cue: 'announced', stance: 'assertive' })],
      },
      {
        entity: 'law enforcement',
        status: 'agrees',
        kinds: [],
        mentions: [attribution('rA', { cue: 'stated' }), attribution('rB', { cue: 'said' })],
      },
    ],
  };
}
