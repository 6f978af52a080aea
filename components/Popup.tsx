// The popup panel: the switches (everywhere, this site), the cast of the current page,
// and a search over every actor read about so far.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Actor } from '../lib/engine/types';
import type { ForgetSiteReply, PageCast, SearchActorsReply } from '../lib/messages/protocol';
import type { Settings } from '../lib/settings/settings';
import { t } from '../lib/locale/i18n';
import { CastList } from './CastList';
import { SearchBox } from './SearchBox';

export interface PopupProps {
  settings: Settings;
  /** What the page's content script reports; null where Dramatis cannot run. */
  cast: PageCast | null;
  /** Hostname of the tab ("www.example.com"); null where Dramatis cannot run. */
  site: string | null;
  /** Show the welcome note (the reader has not dismissed it yet). */
  firstRun: boolean;
  onToggleEnabled: (enabled: boolean) => void;
  onToggleSite: (site: string, enabled: boolean) => void;
  /** Scrolls the page to the actor and opens its card; false if the page could not. */
  onShowActor: (actorId: string) => Promise<boolean>;
  search: (query: string) => Promise<SearchActorsReply>;
  onOpenArticle?: (url: string) => void;
  onOpenOptions: () => void;
  /** Opens the Who's who page (everyone read about) in a tab. */
  onOpenWho?: () => void;
  onDismissWelcome: () => void;
  /** Forgets every stored article read on the site. */
  onForgetSite: (site: string) => Promise<ForgetSiteReply>;
}

export function Popup(props: PopupProps) {
  const { settings, site } = props;
  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-title">{t('extName')}</h1>
        <Switch label={t('popupSwitchLabel')} checked={settings.enabled} onChange={props.onToggleEnabled} />
      </header>
      {site !== null && settings.enabled && (
        <div class="popup-site">
          <Switch
            label={t('popupSiteSwitchLabel', site)}
            visibleLabel
            checked={!settings.disabledSites.includes(site)}
            onChange={(on) => props.onToggleSite(site, on)}
          />
          <ForgetSite site={site} onForget={props.onForgetSite} />
        </div>
      )}
      {props.firstRun && <Welcome onDismiss={props.onDismissWelcome} />}
      <SearchBox search={props.search} {...(props.onOpenArticle ? { onOpenArticle: props.onOpenArticle } : {})} />
      <PageState {...props} />
      <footer class="popup-footer">
        <button type="button" class="link-button" onClick={props.onOpenOptions}>
          {t('popupOpenOptions')}
        </button>
        {props.onOpenWho && (
          <button type="button" class="link-button" onClick={props.onOpenWho}>
            {t('popupOpenWho')}
          </button>
        )}
      </footer>
    </main>
  );
}

function Switch(props: { label: string; checked: boolean; visibleLabel?: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        {...(props.visibleLabel ? {} : { 'aria-label': props.label })}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      {props.visibleLabel ? <span>{props.label}</span> : <span aria-hidden="true">{props.checked ? t('popupOn') : t('popupOff')}</span>}
    </label>
  );
}

/** "Forget articles read on this site", confirmed first. */
function ForgetSite({ site, onForget }: { site: string; onForget: PopupProps['onForgetSite'] }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'done'>('idle');
  const [message, setMessage] = useState('');
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (step === 'confirm') cancel.current?.focus();
  }, [step]);
  const forget = async () => {
    const reply = await onForget(site);
    setMessage(reply.ok ? t('popupForgotSite', reply.removed.articles, site) : t('dataFailed', reply.error));
    setStep('done');
  };
  return (
    <div class="popup-forget">
      {step !== 'confirm' && (
        <button type="button" class="link-button" onClick={() => setStep('confirm')}>
          {t('popupForgetSite', site)}
        </button>
      )}
      {step === 'confirm' && (
        <div role="group" aria-labelledby="forget-confirm" class="popup-confirm">
          <p id="forget-confirm">{t('popupForgetConfirm', site)}</p>
          <button type="button" class="danger" onClick={() => void forget()}>
            {t('popupForgetButton')}
          </button>{' '}
          <button ref={cancel} type="button" onClick={() => setStep('idle')}>
            {t('glossaryCancel')}
          </button>
        </div>
      )}
      <p role="status" class="popup-forget-status">
        {step === 'done' && message}
      </p>
    </div>
  );
}

function Welcome({ onDismiss }: { onDismiss: () => void }) {
  return (
    <section class="popup-welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('popupWelcomeTitle')}</h2>
      <p>{t('popupWelcome')}</p>
      <button type="button" onClick={onDismiss}>
        {t('popupWelcomeDismiss')}
      </button>
    </section>
  );
}

function PageState({ settings, cast, site, onShowActor }: PopupProps) {
  const [notFound, setNotFound] = useState<string | null>(null);
  if (!settings.enabled) return <p class="popup-note">{t('popupSwitchedOff')}</p>;
  if (cast === null) return <p class="popup-note">{t('popupCannotRun')}</p>;
  switch (cast.state) {
    case 'working':
      return <p class="popup-note" role="status">{t('popupReading')}</p>;
    case 'disabled':
      return <p class="popup-note">{site ? t('popupSiteDisabled', site) : t('popupPageDisabled')}</p>;
    case 'no-article':
      return <p class="popup-note">{t('popupNoArticle')}</p>;
    case 'error':
      return <p class="popup-note popup-error" role="alert">{t('popupError', cast.error)}</p>;
    case 'ready': {
      if (cast.dataset.unsupported) return <p class="popup-note">{cast.dataset.unsupported}</p>;
      // The kinds the reader chose not to show are left out here as on the page.
      const actors = cast.dataset.actors.filter((actor) => settings.kinds[actor.kind]);
      if (actors.length === 0) return <p class="popup-note">{t('popupNoNames')}</p>;
      const show = async (actor: Actor) => {
        setNotFound((await onShowActor(actor.id)) ? null : actor.name);
      };
      return (
        <section class="popup-cast" aria-label={t('popupCastLabel')}>
          <p class="popup-hint">{t('popupCastHint')}</p>
          <p role="status" class="popup-error">{notFound && t('castShowFailed', notFound)}</p>
          <CastList actors={actors} onShowActor={(actor) => void show(actor)} />
        </section>
      );
    }
  }
}
