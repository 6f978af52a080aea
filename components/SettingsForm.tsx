// Reading settings: card delay, how names are marked, which kinds, how much to remember.
// Every change is saved at once (watched live by the open tabs).
import { useEffect, useState } from 'preact/hooks';
import { ACTOR_KINDS, type ActorKind } from '../lib/engine/types';
import { HIGHLIGHT_STYLES, HOVER_DELAY_RANGE, MAX_ARTICLES_RANGE, type HighlightStyle, type Settings } from '../lib/settings/settings';
import { t, type MessageKey } from '../lib/locale/i18n';
import { kindPlural } from './kind-labels';

export interface SettingsFormProps {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

const STYLE_LABEL: Record<HighlightStyle, MessageKey> = {
  subtle: 'highlightSubtle',
  underline: 'highlightUnderline',
  none: 'highlightNone',
};

export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  return (
    <section class="options-section" id="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      <NumberSetting
        id="hover-delay"
        label={t('settingsHoverDelayLabel')}
        hint={t('settingsHoverDelayHint', HOVER_DELAY_RANGE.min, HOVER_DELAY_RANGE.max)}
        value={settings.hoverDelayMs}
        range={HOVER_DELAY_RANGE}
        step={50}
        onCommit={(hoverDelayMs) => onChange({ hoverDelayMs })}
      />
      <fieldset>
        <legend>{t('settingsHighlightLabel')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style} class="choice">
            <input
              type="radio"
              name="highlight-style"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => onChange({ highlightStyle: style })}
            />
            <span class={`style-sample style-${style}`}>{t(STYLE_LABEL[style])}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('settingsKindsLabel')}</legend>
        {ACTOR_KINDS.map((kind: ActorKind) => (
          <label key={kind} class="choice">
            <input
              type="checkbox"
              checked={settings.kinds[kind]}
              onChange={(event) => onChange({ kinds: { ...settings.kinds, [kind]: event.currentTarget.checked } })}
            />
            <span>{kindPlural(kind)}</span>
          </label>
        ))}
      </fieldset>
      <NumberSetting
        id="max-articles"
        label={t('settingsMaxArticlesLabel')}
        hint={t('settingsMaxArticlesHint', MAX_ARTICLES_RANGE.min, MAX_ARTICLES_RANGE.max)}
        value={settings.maxArticles}
        range={MAX_ARTICLES_RANGE}
        step={100}
        onCommit={(maxArticles) => onChange({ maxArticles })}
      />
    </section>
  );
}

/** A whole-number field saved when it is valid and the reader commits it (Enter, leaving it). */
function NumberSetting(props: {
  id: string;
  label: string;
  hint: string;
  value: number;
  range: { min: number; max: number };
  step: number;
  onCommit: (value: number) => void;
}) {
  const [text, setText] = useState(String(props.value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(String(props.value)), [props.value]);
  const commit = () => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isInteger(value) || value < props.range.min || value > props.range.max) {
      setError(t('settingsNumberInvalid', props.range.min, props.range.max));
      return;
    }
    setError(null);
    if (value !== props.value) props.onCommit(value);
  };
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={props.range.min}
        max={props.range.max}
        step={props.step}
        value={text}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={commit}
      />
      {error && (
        <span id={errorId} class="field-error error-text">
          {error}
        </span>
      )}
      <span id={hintId} class="field-hint muted">
        {props.hint}
      </span>
    </div>
  );
}
