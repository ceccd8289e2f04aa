import { mountPanel } from '../../components/panel-page';
import { PersonnelApp } from '../../components/personnel/PersonnelApp';
import '../overlay/style.css';

mountPanel(PersonnelApp, 'personnel.pageTitle');
