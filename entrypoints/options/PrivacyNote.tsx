/** What is captured, where it goes (nowhere), and what is fetched: plain words for the reader. */
export function PrivacyNote() {
  return (
    <section class="px-privacy" aria-labelledby="px-privacy-title">
      <h2 id="px-privacy-title">Your privacy</h2>
      <ul>
        <li>Parallax reads pages only on the domains of sources you enabled with automatic capture, or a page you ask it to analyse.</li>
        <li>Reports are analysed and stored in this browser only. Nothing is sent to Parallax or anyone else; there are no analytics.</li>
        <li>The only requests Parallax makes are to the feeds of your enabled sources and to their articles, on those sources' own domains, without cookies, and only when gathering is on or you press “Check feeds now”.</li>
        <li>Access to a site is asked for when you add its source, and given back when you remove it.</li>
      </ul>
    </section>
  );
}
