import type { TFunction } from 'i18next';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardBed, BoardFloor, BoardRoom } from '@web/data/beds/types';
import { BedTile, tileWords, type TileWords } from './bed-tile';

interface Props {
  floors: readonly BoardFloor[];
  homeBeds: readonly BoardBed[];
  onOpen: (bedId: string) => void;
}

// Floors and rooms take `t` from the board (one subscription to the language, not one per room); it changes with
// the language, so a switch draws them again.
interface PartProps {
  t: TFunction;
  words: TileWords;
  onOpen: (bedId: string) => void;
}

const Room = memo(function Room({ room, t, words, onOpen }: PartProps & { room: BoardRoom }) {
  return (
    <li className="bed-room">
      <h3 className="bed-room__name">{t('beds.room', { room: room.name })}</h3>
      <ul className="bed-room__beds">
        {room.beds.map((bed) => (
          <li key={bed.id}>
            <BedTile bed={bed} words={words} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </li>
  );
});

const Floor = memo(function Floor({ floor, t, words, onOpen }: PartProps & { floor: BoardFloor }) {
  const name = floor.floor === null ? t('beds.noFloor') : t('beds.floor', { floor: floor.floor });
  return (
    <section className="bed-floor" aria-label={name}>
      <h2 className="bed-floor__name">{name}</h2>
      <ul className="bed-floor__rooms">
        {floor.rooms.map((room) => (
          <Room key={room.id} room={room} t={t} words={words} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
});

/** 楼层 → 房间 → 床位, then the home beds the facility serves. */
export const BoardFloors = memo(function BoardFloors({ floors, homeBeds, onOpen }: Props) {
  const { t } = useTranslation();
  const words = useMemo(() => tileWords(t), [t]);
  return (
    <div className="bed-floors">
      {floors.map((floor) => (
        <Floor key={floor.floor ?? 'none'} floor={floor} t={t} words={words} onOpen={onOpen} />
      ))}
      {homeBeds.length > 0 && (
        <section className="bed-floor" aria-label={t('beds.homeBeds')}>
          <h2 className="bed-floor__name">{t('beds.homeBeds')}</h2>
          <ul className="bed-room__beds">
            {homeBeds.map((bed) => (
              <li key={bed.id}>
                <BedTile bed={bed} words={words} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
});
