// The card shown for a name: who this is according to the article, what else the reader's
// earlier articles and own glossary say. Renders props only; every string is page or store
// text rendered as text (never as HTML).
import type { ActorKind, Evidence } from '../lib/engine/types';
import { t } from '../lib/locale/i18n';
import type { ActorCardExtras } from '../lib/store/store-types';
import { kindLabel } from './kind-labels';

export interface BackgrounderProps {
  name: string;
  kind: ActorKind;
  aliases: readonly string[];
  expansion?: string;
  descriptors: readonly Evidence[];
  /** What the actor is quoted saying in this article (the card shows the first two). */
  quotes: readonly Evidence[];
  /** The first sentence of the article that mentions the actor. */
  firstSentence: string;
  mentions: number;
  /** What the store knows beyond this article; null while it is being asked. */
  extras: ActorCardExtras | null;
  /** Scrolls the page to this piece of the article and marks it. */
  onJump: (evidence: Evidence) => void;
  onClose: () => void;
  /** Opens the actor's page in Who's who (offered once the reader's memory of it has arrived). */
  onOpenWho?: () => void;
  /** Never highlights this name again (undone from Who's who). */
  onHide?: () => void;
}

export const CARD_TITLE_ID = 'dramatis-card-title';
/** Quotes a card shows: more would make it a page of its own. */
export const QUOTES_SHOWN = 2;

const SAFE_LINK = /^https?:\/\//i;

function EarlierArticles({ extras }: { extras: ActorCardExtras }) {
  if (extras.earlier.length === 0) return null;
  const more = extras.earlierCount - extras.earlier.length;
  return (
    <section class="card-section card-earlier" aria-label={t('cardEarlierHeading')}>
      <h3 class="card-section-title">{t('cardEarlierHeading')}</h3>
      <ul>
        {extras.earlier.map((appearance) => (
          <li key={appearance.url}>
            <a href={SAFE_LINK.test(appearance.url) ? appearance.url : undefined} target="_blank" rel="noreferrer noopener">
              {appearance.title || appearance.url}
            </a>
            {appearance.descriptors.length > 0 && (
              <span class="card-earlier-says">{` — ${appearance.descriptors.map((d) => d.text).join('; ')}`}</span>
            )}
          </li>
        ))}
      </ul>
      {more > 0 && <p class="card-meta">{t('cardEarlierMore', more)}</p>}
    </section>
  );
}

/** Small links at the card's foot: all the articles in Who's who, and hiding the name. */
function CardFooter({ extras, onOpenWho, onHide }: BackgrounderProps) {
  if (!onOpenWho && !onHide) return null;
  // Both links from the first draw, so the card does not grow (and move) when the memory arrives.
  return (
    <footer class="card-footer">
      {onOpenWho && (
        <button type="button" class="card-link" onClick={onOpenWho}>
          {extras && extras.earlierCount > 0 ? t('cardOpenWhoAll', extras.earlierCount + 1) : t('cardOpenWho')}
        </button>
      )}
      {onHide && (
        <button type="button" class="card-link" onClick={onHide}>
          {t('cardHideName')}
        </button>
      )}
    </footer>
  );
}

export function Backgrounder(props: BackgrounderProps) {
  // The name the reader's memory knows them by ("Dana Kessler" for this article's "D. Kessler", or the reader's rename) comes first.
  const knownAs = props.extras?.knownAs;
  const remembered = knownAs && knownAs.toLowerCase() !== props.name.toLowerCase() && !props.aliases.includes(knownAs) ? [knownAs] : [];
  const otherNames = [...remembered, ...(props.expansion ? [props.expansion] : []), ...props.aliases];
  const glossary = props.extras?.glossary;
  const quotes = props.quotes.slice(0, QUOTES_SHOWN);
  // The first descriptor answers "who is this?" (the caller puts the best one first); the rest follow.
  const [lead, ...moreDescriptors] = props.descriptors;
  const jump = (descriptor: Evidence) => (
    <button type="button" class="card-jump" aria-label={t('cardJump', descriptor.text)} onClick={() => props.onJump(descriptor)}>
      ↧
    </button>
  );
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby={CARD_TITLE_ID} tabIndex={-1}>
      <header class="card-header">
        <h2 id={CARD_TITLE_ID} class="card-name">{props.name}</h2>
        <span class={`card-kind kind-${props.kind}`}>{kindLabel(props.kind)}</span>
        <button type="button" class="card-close" aria-label={t('cardClose')} onClick={props.onClose}>
          ×
        </button>
      </header>
      {lead && (
        <p class="card-lead">
          <span>{lead.text}</span> {jump(lead)}
        </p>
      )}
      {otherNames.length > 0 && <p class="card-aliases">{t('cardAlso', otherNames.join(', '))}</p>}
      {glossary && (
        <section class="card-section card-glossary" aria-label={t('cardGlossaryHeading')}>
          <h3 class="card-section-title">{t('cardGlossaryHeading')}</h3>
          <p>{glossary.note}</p>
          {glossary.link && SAFE_LINK.test(glossary.link) && (
            <a href={glossary.link} target="_blank" rel="noreferrer noopener">
              {glossary.link}
            </a>
          )}
        </section>
      )}
      {moreDescriptors.length > 0 && (
        <ul class="card-descriptors">
          {moreDescriptors.map((descriptor) => (
            <li key={descriptor.start}>
              <span>{descriptor.text}</span> {jump(descriptor)}
            </li>
          ))}
        </ul>
      )}
      {quotes.length > 0 ? (
        <section class="card-section" aria-label={t('cardQuotesHeading')}>
          {quotes.map((quote) => (
            <blockquote key={quote.start} class="card-quote">
              {quote.text}
            </blockquote>
          ))}
        </section>
      ) : (
        props.firstSentence && <blockquote class="card-sentence">{props.firstSentence}</blockquote>
      )}
      <p class="card-meta">
        {props.mentions === 1 ? t('cardMentionedOnce') : t('cardMentionedTimes', props.mentions)}
      </p>
      {props.extras && <EarlierArticles extras={props.extras} />}
      <CardFooter {...props} />
    </div>
  );
}
