import { render } from 'preact';
import { labelPage } from '../../lib/ui/page-language';
import { App } from './App';

// The App names the page (welcomeTitle); here only its language.
labelPage(document);
render(<App />, document.getElementById('app')!);
