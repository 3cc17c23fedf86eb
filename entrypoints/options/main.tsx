import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import type { PermissionsApi } from '@/lib/sources/permissions';
import { t } from '@/lib/ui/i18n';
import { labelPage } from '@/lib/ui/page-language';

labelPage(document, t('optionsTitle'));
render(<App permissions={browser.permissions as unknown as PermissionsApi} />, document.getElementById('app')!);
