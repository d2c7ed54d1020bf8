import { render } from 'preact';
import '~~/src/ui/popup.css';
import { preloadPage } from '@/ui/hooks/use-page';
import { App } from './App';

// Ask the page before rendering anything: the answer travels while Preact sets up.
preloadPage(location.search);
render(<App />, document.getElementById('app')!);
