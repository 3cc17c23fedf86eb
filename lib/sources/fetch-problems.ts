/** Why a fetch failed, and how to say it to the reader on the options page. */

export type FetchProblem =
  | 'not-http'
  | 'timeout'
  | 'network'
  | 'too-large'
  | 'not-found'
  | 'gone'
  | 'login'
  | 'rate-limited'
  | 'server'
  | 'http'
  | 'backing-off';

function clock(at: number | null): string {
  if (at === null) return 'later';
  return 'after ' + new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** A sentence for the reader; `status` is the HTTP status when there was one. */
export function describeFetchProblem(problem: FetchProblem, status: number | null, retryAt: number | null): string {
  switch (problem) {
    case 'not-http':
      return 'Only http and https addresses can be fetched.';
    case 'timeout':
      return `The server did not answer in time; Parallax will try again ${clock(retryAt)}.`;
    case 'network':
      return `The server could not be reached (no connection, a redirect loop, or no access to this site); Parallax will try again ${clock(retryAt)}.`;
    case 'too-large':
      return 'The response was larger than Parallax reads, so it stopped reading it.';
    case 'not-found':
      return 'The address was not found (404). Check the feed address.';
    case 'gone':
      return 'The address no longer exists (410). Check the feed address.';
    case 'login':
      return status ? `The site refused access (${status}): it may need a login.` : 'The site sent a login page instead: it may need an account.';
    case 'rate-limited':
      return `The server asked Parallax to slow down; it will try again ${clock(retryAt)}.`;
    case 'server':
      return `The server had an error (${status ?? 'unknown'}); Parallax will try again ${clock(retryAt)}.`;
    case 'http':
      return `The server answered with an error (${status ?? 'unknown'}).`;
    case 'backing-off':
      return `Waiting before asking this site again after earlier errors; next try ${clock(retryAt)}.`;
  }
}
