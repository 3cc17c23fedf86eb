import { render } from 'preact';
import { labelPage } from '../../lib/ui/page-language';
import { App } from './App';

// The title stays "Parallax", a name in every language.
labelPage(document);
render(<App />, document.getElementById('app')!);
