// A time of day as a list of quarter hours (06:00 … 22:45), 24-hour: a native time input shows "AM/PM" in some
// browsers whatever the page's language.
const TIMES = Array.from({ length: 68 }, (_, k) => {
  const m = 6 * 60 + k * 15;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
});

export function TimeSelect(props: { value: string; onChange: (v: string) => void; testId?: string }) {
  return (
    <select value={props.value} onChange={(e) => props.onChange(e.target.value)} data-test={props.testId}>
      {TIMES.map((t) => (
        <option key={t} value={t}>
          {t}
        </option>
      ))}
    </select>
  );
}
