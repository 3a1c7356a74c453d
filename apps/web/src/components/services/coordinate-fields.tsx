// Longitude, latitude and the system they are in (GCJ-02 from Chinese web maps, WGS-84 from GPS; nothing converts
// between them), for an activity's place and a venue.
import { useTranslation } from 'react-i18next';

export interface CoordinateText {
  lng: string;
  lat: string;
  system: string;
}

/** The body's `coordinates`: null unless both numbers are given. */
export const coordinatesOf = (c: CoordinateText) =>
  c.lng && c.lat ? { lng: Number(c.lng), lat: Number(c.lat), system: c.system } : null;

export function CoordinateFields({
  value,
  onChange,
}: {
  value: CoordinateText;
  onChange: (patch: Partial<CoordinateText>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('services.file.lng')}
        <input inputMode="decimal" value={value.lng} onChange={(e) => onChange({ lng: e.target.value })} />
      </label>
      <label>
        {t('services.file.lat')}
        <input inputMode="decimal" value={value.lat} onChange={(e) => onChange({ lat: e.target.value })} />
      </label>
      <label>
        {t('services.file.system')}
        <select value={value.system} onChange={(e) => onChange({ system: e.target.value })}>
          <option value="gcj02">{t('services.file.gcj02')}</option>
          <option value="wgs84">{t('services.file.wgs84')}</option>
        </select>
      </label>
    </>
  );
}
