import { useState } from 'react';
import { t } from '../../../i18n/island-t.ts';
import { Html, plainText } from './Html.tsx';

interface Item {
  id: string;
  text: string;
}

/** Orders items with Move up / Move down buttons: usable by keyboard and screen reader, no dragging needed. */
export function RankingInput({
  items,
  order,
  onChange,
}: {
  items: Item[];
  order: string[];
  onChange: (order: string[]) => void;
}) {
  const [announcement, setAnnouncement] = useState('');
  const byId = new Map(items.map((item) => [item.id, item]));
  const move = (index: number, by: -1 | 1) => {
    const next = [...order];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(index + by, 0, moved);
    onChange(next);
    const text = plainText(byId.get(moved)?.text ?? '');
    setAnnouncement(t('player.moved', { item: text, position: index + by + 1 }));
  };
  const label = (id: string) => plainText(byId.get(id)?.text ?? id);
  return (
    <>
      <p className="cp-hint">{t('player.rankingHint')}</p>
      <ol className="cp-ranking">
        {order.map((id, index) => (
          <li key={id}>
            <Html as="span" html={byId.get(id)?.text ?? id} className="cp-ranking-text" />
            <span className="cp-ranking-buttons">
              <button type="button" onClick={() => move(index, -1)} disabled={index === 0}>
                {t('player.moveUp')}
                <span className="visually-hidden">: {label(id)}</span>
              </button>
              <button type="button" onClick={() => move(index, 1)} disabled={index === order.length - 1}>
                {t('player.moveDown')}
                <span className="visually-hidden">: {label(id)}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
