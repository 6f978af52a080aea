// The card shown for a name: who this is according to the article. Renders props only;
// every string is page text rendered as text.
import type { ActorKind, Evidence } from '../lib/engine/types';
import { t } from '../lib/i18n';
import { kindLabel } from './kind-labels';

export interface BackgrounderProps {
  name: string;
  kind: ActorKind;
  aliases: readonly string[];
  expansion?: string;
  descriptors: readonly Evidence[];
  /** The first sentence of the article that mentions the actor. */
  firstSentence: string;
  mentions: number;
  onClose: () => void;
}

const TITLE_ID = 'dramatis-card-title';

export function Backgrounder(props: BackgrounderProps) {
  const otherNames = props.expansion ? [props.expansion, ...props.aliases] : props.aliases;
  return (
    <div class="card" role="dialog" aria-labelledby={TITLE_ID}>
      <header class="card-header">
        <h2 id={TITLE_ID} class="card-name">{props.name}</h2>
        <span class={`card-kind kind-${props.kind}`}>{kindLabel(props.kind)}</span>
        <button type="button" class="card-close" aria-label={t('cardClose')} onClick={props.onClose}>
          ×
        </button>
      </header>
      {otherNames.length > 0 && <p class="card-aliases">{t('cardAlso', otherNames.join(', '))}</p>}
      {props.descriptors.length > 0 && (
        <ul class="card-descriptors">
          {props.descriptors.map((descriptor) => (
            <li key={descriptor.start}>{descriptor.text}</li>
          ))}
        </ul>
      )}
      <blockquote class="card-sentence">{props.firstSentence}</blockquote>
      <p class="card-meta">
        {props.mentions === 1 ? t('cardMentionedOnce') : t('cardMentionedTimes', props.mentions)}
      </p>
    </div>
  );
}
