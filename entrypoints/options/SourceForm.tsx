import { useState } from 'preact/hooks';
import type { Source } from '@/lib/settings';
import { t } from '@/lib/ui/i18n';
import { EMPTY_FIELDS, fieldsOf, readFields, type FieldErrors, type SourceFields } from './source-form-model';

export interface Props {
  /** The source being edited; null to add a new one. */
  editing: Source | null;
  makeId: () => string;
  onSave: (source: Source) => void;
  onCancel?: () => void;
}

/** Add or edit a source: name, domains, feeds, enabled, auto-capture. Errors are shown beside their field. */
export function SourceForm(props: Props) {
  const [fields, setFields] = useState<SourceFields>(props.editing ? fieldsOf(props.editing) : EMPTY_FIELDS);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<SourceFields>) => setFields({ ...fields, ...patch });
  const prefix = props.editing ? `edit-${props.editing.id}` : 'add';

  const submit = (event: Event) => {
    event.preventDefault();
    const read = readFields(fields, props.editing?.id ?? props.makeId());
    if (read.errors) return setErrors(read.errors);
    setErrors({});
    // Saving asks for host access: it must happen inside this submit (the reader's gesture).
    props.onSave(read.source);
    if (!props.editing) setFields(EMPTY_FIELDS);
  };

  const field = (key: 'name' | 'domains' | 'feeds', label: string, hint: string, multiline: boolean) => {
    const id = `${prefix}-${key}`;
    const common = {
      id,
      value: fields[key],
      'aria-invalid': errors[key] ? true : undefined,
      'aria-describedby': `${id}-hint${errors[key] ? ` ${id}-error` : ''}`,
      onInput: (e: Event) => set({ [key]: (e.currentTarget as HTMLInputElement).value }),
    };
    return (
      <div class="px-field">
        <label for={id}>{label}</label>
        {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
        <span id={`${id}-hint`} class="px-muted px-hint">{hint}</span>
        {errors[key] && <span id={`${id}-error`} class="px-error" role="alert">{errors[key]}</span>}
      </div>
    );
  };

  return (
    <form class="px-source-form" onSubmit={submit} aria-label={props.editing ? t('editSourceNamed', [props.editing.name]) : t('addSourceTitle')} noValidate>
      {field('name', t('fieldName'), t('fieldNameHint'), false)}
      {field('domains', t('fieldDomains'), t('fieldDomainsHint'), false)}
      {field('feeds', t('fieldFeeds'), t('fieldFeedsHint'), true)}
      <div class="px-checks">
        <label>
          <input type="checkbox" checked={fields.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} /> {t('sourceEnabled')}
        </label>
        <label>
          <input type="checkbox" checked={fields.autoCapture} onChange={(e) => set({ autoCapture: e.currentTarget.checked })} /> {t('autoCaptureLong')}
        </label>
      </div>
      <div class="px-actions">
        <button type="submit" class="px-button px-button--primary">{props.editing ? t('save') : t('addSourceButton')}</button>
        {props.onCancel && (
          <button type="button" class="px-button" onClick={props.onCancel}>{t('cancel')}</button>
        )}
      </div>
    </form>
  );
}
