import { render } from 'preact';
import { PersonnelApp } from '../../components/personnel/PersonnelApp';
import '../overlay/style.css';

render(<PersonnelApp />, document.getElementById('app')!);
