// The Who's who page: everyone the reader has met (the list) and one actor's page
// (`#actor=<id>`), with the reader's corrections. This file owns the state and the messages;
// the components in components/who/ only render.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WhoActorPending, WhoActorView } from '../../components/who/WhoActorView';
import { WhoList } from '../../components/who/WhoList';
import { WhoStatus, type WhoNotice } from '../../components/who/WhoStatus';
import { MERGE_CHOICES } from '../../components/who/WhoMergeSearch';
import { actorHash, parseWhoHash, type WhoRoute } from '../../components/who/who-route';
import { askBackground } from '../../lib/messages/ask-background';
import { t } from '../../lib/locale/i18n';
import { applyUiLanguage } from '../../lib/locale/page-language';
import type { Correction, WhoActorPage, WhoListQuery } from '../../lib/store/who-types';

/** Entries "Same as…" offers at most (this actor is left out, so one more is asked). */

type ActorState = { id: string; actor: WhoActorPage | null; error: string | null; notFound: boolean };

function main(): void {
  applyUiLanguage();
  const root = document.getElementById('app')!;
  const locale = browser.i18n.getUILanguage();
  let route: WhoRoute = parseWhoHash(location.hash);
  /** The list is made the first time it is shown, then kept (hidden) behind actor pages. */
  let listMade = route.view === 'list';
  /** The list was first made on the way back from an actor's page (the page opened on one). */
  let listMadeLate = false;
  /** Bumped after each correction so the list fetches its rows again. */
  let listVersion = 0;
  let actor: ActorState | null = null;
  let actorAsked = 0;
  let notice: WhoNotice = null;
  /** The next hash change comes from a correction: keep its notice. */
  let keepNotice = false;

  const load = (query: WhoListQuery) => askBackground({ type: 'who-list', query });
  const findActors = (query: string) =>
    askBackground({ type: 'who-list', query: { query, kind: 'all', site: '', period: 'all', sort: 'frequent', offset: 0, limit: MERGE_CHOICES + 1 } });

  const draw = () => {
    const shown = route.view === 'actor' && actor?.actor ? actor.actor : null;
    document.title = shown ? t('whoActorDocumentTitle', shown.name) : t('whoDocumentTitle');
    render(
      <div class={route.view === 'list' ? 'who-page who-page-list' : 'who-page'}>
        <main class="who-main">
          <WhoStatus notice={notice} onUndo={(id) => void undo(id)} />
          {listMade && <WhoList load={load} shown={route.view === 'list'} locale={locale} refreshKey={listVersion} focusHeading={listMadeLate} />}
          {route.view === 'actor' &&
            actor &&
            (actor.actor ? (
              <WhoActorView actor={actor.actor} locale={locale} onCorrect={correct} onUndo={(id) => void undo(id)} findActors={findActors} />
            ) : (
              <WhoActorPending error={actor.error} notFound={actor.notFound} />
            ))}
        </main>
      </div>,
      root,
    );
  };

  /** Asks for an actor's page; `keep` leaves the current one on screen until the answer (after a correction). */
  async function loadActor(id: string, keep: boolean): Promise<void> {
    const asked = ++actorAsked;
    if (!keep || actor?.id !== id) actor = { id, actor: null, error: null, notFound: false };
    draw();
    const reply = await askBackground({ type: 'who-actor', id });
    if (asked !== actorAsked) return;
    actor = reply.ok ? { id, actor: reply.actor, error: null, notFound: false } : { id, actor: null, error: reply.error, notFound: reply.code === 'not-found' };
    draw();
  }

  const currentId = (): string | null => (route.view === 'actor' ? route.id : null);
  /** Does the answer to a correction move to another actor's page? */
  const movesOn = (showId: string | null): boolean => showId !== null && showId !== currentId();

  /** After a correction or an undo: show the actor it names, or this one again. */
  function follow(showId: string | null): void {
    const current = currentId();
    if (showId !== null && showId !== current) {
      keepNotice = true;
      location.hash = actorHash(showId);
      return;
    }
    if (current !== null) void loadActor(current, true);
    else draw();
  }

  async function correct(correction: Correction): Promise<boolean> {
    const reply = await askBackground({ type: 'who-correct', correction });
    if (!reply.ok) {
      notice = { type: 'error', text: t('whoCorrectFailed', reply.error) };
      draw();
      return false;
    }
    listVersion++;
    // A rename or a new kind leaves its form in place; the other controls go away with what they
    // did, so focus goes to the status line (a new actor's page focuses its name instead).
    const stays = correction.type === 'rename' || correction.type === 'kind';
    notice = { type: 'done', record: reply.result.record, focus: !stays && !movesOn(reply.result.showId) };
    follow(reply.result.showId);
    return true;
  }

  async function undo(recordId: string): Promise<void> {
    const reply = await askBackground({ type: 'who-undo', id: recordId });
    if (!reply.ok) {
      notice = { type: 'error', text: t('whoUndoFailed', reply.error) };
      draw();
      return;
    }
    listVersion++;
    notice = { type: 'undone', record: reply.result.record, focus: !movesOn(reply.result.showId) };
    follow(reply.result.showId);
  }

  function show(next: WhoRoute): void {
    route = next;
    if (!keepNotice) notice = null;
    keepNotice = false;
    if (route.view === 'actor') {
      void loadActor(route.id, false);
      return;
    }
    if (!listMade) listMadeLate = true;
    listMade = true;
    actorAsked++;
    actor = null;
    draw();
  }

  window.addEventListener('hashchange', () => show(parseWhoHash(location.hash)));
  show(route);
}

main();
