import { render } from 'preact';
import '~~/src/ui/options.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
