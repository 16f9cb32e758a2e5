/** A readable error: what failed, and the message in Chinese. */
export function ErrorPanel({ title, message }: { title: string; message: string }) {
  return (
    <div className="error-panel" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
    </div>
  );
}
