import { useId } from 'react';
import type { Period } from './report-api.js';
import { inZone, lastDays, PRESET_DAYS, todayIn, zones } from './period.js';

/** Time range and time zone of the reports on screen. */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const id = useId();
  return (
    <fieldset className="period-picker">
      <legend>Period</legend>
      <label htmlFor={`${id}-from`}>From</label>
      <input
        id={`${id}-from`}
        type="date"
        value={period.from}
        max={period.to}
        onChange={(e) => e.target.value && onChange({ ...period, from: e.target.value })}
      />
      <label htmlFor={`${id}-to`}>To</label>
      <input
        id={`${id}-to`}
        type="date"
        value={period.to}
        min={period.from}
        onChange={(e) => e.target.value && onChange({ ...period, to: e.target.value })}
      />
      <label htmlFor={`${id}-tz`}>Time zone</label>
      <select id={`${id}-tz`} value={period.tz} onChange={(e) => onChange(inZone(period, e.target.value))}>
        {zones(period.tz).map((zone) => (
          <option key={zone}>{zone}</option>
        ))}
      </select>
      {PRESET_DAYS.map((days) => (
        <button key={days} type="button" onClick={() => onChange({ ...period, ...lastDays(days, todayIn(period.tz)) })}>
          Last {days} days
        </button>
      ))}
    </fieldset>
  );
}
