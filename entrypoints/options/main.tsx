import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import type { PermissionsApi } from '@/lib/sources/permissions';

render(<App permissions={browser.permissions as unknown as PermissionsApi} />, document.getElementById('app')!);
