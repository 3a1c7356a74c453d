// A link or ticket code drawn as a QR code (uqr encodes it; one SVG path of dark modules, so it prints sharp at any
// size): the survey's invitations and the public services' tickets.
import { useMemo } from 'react';
import { encode } from 'uqr';

export function QrImage({
  text,
  size = 128,
  label,
  className,
  testId,
}: {
  text: string;
  size?: number;
  label: string;
  className: string;
  testId: string;
}) {
  const { path, n } = useMemo(() => {
    // error correction M: a printed code still reads with a smudge or a fold
    const qr = encode(text, { ecc: 'M', border: 2 });
    let d = '';
    qr.data.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      });
    });
    return { path: d, n: qr.size };
  }, [text]);
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${n} ${n}`}
      shapeRendering="crispEdges"
      data-test={testId}
      data-qr-text={text}
    >
      <rect width={n} height={n} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
