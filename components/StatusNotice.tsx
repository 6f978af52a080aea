// The line under a panel that says what the last action did, read out by screen readers.

/** What the last action did; `error` shows it as a failure. */
export type Notice = { text: string; error?: boolean } | null;

export function StatusNotice({ notice }: { notice: Notice }) {
  return (
    <p class="notice" role="status">
      {notice && <span class={notice.error ? 'error-text' : undefined}>{notice.text}</span>}
    </p>
  );
}
