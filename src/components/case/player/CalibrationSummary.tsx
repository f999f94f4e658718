import type { Calibration } from '../../../cases/calibration.ts';
import { t } from '../../../i18n/island-t.ts';

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);

/**
 * How well stated confidence matched results: a plain-language reading, a chart of average score at
 * each confidence against the diagonal of perfect calibration, the table behind it, and the Brier score.
 */
export function CalibrationSummary({ calibration }: { calibration: Calibration }) {
  const { reading, count, meanConfidence, accuracy, brier, bands } = calibration;
  return (
    <div className="cp-calibration">
      <p>
        {t(`calibration.reading.${reading}`, {
          count,
          confidence: Math.round((meanConfidence ?? 0) * 100),
          accuracy: Math.round((accuracy ?? 0) * 100),
        })}
      </p>
      {count > 0 && (
        <>
          <CalibrationChart calibration={calibration} />
          <table>
            <caption className="visually-hidden">{t('calibration.chartLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('calibration.band')}</th>
                <th scope="col">{t('calibration.count')}</th>
                <th scope="col">{t('calibration.accuracy')}</th>
              </tr>
            </thead>
            <tbody>
              {bands.map((band) => (
                <tr key={band.label}>
                  <th scope="row">{band.label}</th>
                  <td>{band.count}</td>
                  <td>{percent(band.accuracy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {brier !== null && <p className="cp-hint">{t('calibration.brier', { brier: brier.toFixed(2) })}</p>}
        </>
      )}
    </div>
  );
}

/** Dots at (stated confidence, average score), with the diagonal where they would sit if perfectly calibrated. */
function CalibrationChart({ calibration }: { calibration: Calibration }) {
  const size = 200;
  const x = (confidence: number) => 40 + ((confidence - 0.5) / 0.5) * (size - 60);
  const y = (score: number) => size - 30 - score * (size - 50);
  return (
    <svg className="cp-chart" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={t('calibration.chartLabel')}>
      <line x1={x(0.5)} y1={y(0.5)} x2={x(1)} y2={y(1)} className="cp-chart-ideal" />
      <line x1={x(0.5)} y1={y(0)} x2={x(1)} y2={y(0)} className="cp-chart-axis" />
      <line x1={x(0.5)} y1={y(0)} x2={x(0.5)} y2={y(1)} className="cp-chart-axis" />
      {[0.5, 0.75, 1].map((c) => (
        <text key={c} x={x(c)} y={size - 12} textAnchor="middle">
          {Math.round(c * 100)}%
        </text>
      ))}
      {[0, 0.5, 1].map((s) => (
        <text key={s} x={34} y={y(s) + 4} textAnchor="end">
          {Math.round(s * 100)}%
        </text>
      ))}
      {calibration.bands.map((band) =>
        band.accuracy === null || band.meanConfidence === null ? null : (
          <circle
            key={band.label}
            cx={x(band.meanConfidence)}
            cy={y(band.accuracy)}
            r={3 + Math.min(band.count, 8)}
            className="cp-chart-dot"
          />
        ),
      )}
    </svg>
  );
}
