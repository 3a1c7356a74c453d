// The phone camera as a ticket reader: @zxing/browser decodes QR codes from the back camera's video; a code read again
// within three seconds (the same ticket still in front of the lens) is passed on once.
import { BrowserQRCodeReader, type IScannerControls } from '@zxing/browser';
import { useEffect, useRef, useState } from 'react';

export default function CameraScanner(props: {
  onCode: (code: string) => void;
  failed: string;
  label: string;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const onCode = useRef(props.onCode);
  onCode.current = props.onCode;
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let controls: IScannerControls | undefined;
    let stopped = false;
    const last = { code: '', at: 0 };
    new BrowserQRCodeReader()
      .decodeFromConstraints(
        { video: { facingMode: 'environment' } },
        video.current ?? undefined,
        (result) => {
          const code = result?.getText().trim().toUpperCase();
          if (!code || (code === last.code && Date.now() - last.at < 3000)) return;
          last.code = code;
          last.at = Date.now();
          onCode.current(code);
        },
      )
      .then((c) => {
        controls = c;
        if (stopped) c.stop();
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      controls?.stop();
    };
  }, []);
  return failed ? (
    <p role="alert">{props.failed}</p>
  ) : (
    <video
      ref={video}
      className="door-camera"
      aria-label={props.label}
      muted
      playsInline
      data-test="door-camera"
    />
  );
}
