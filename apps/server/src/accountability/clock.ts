// The accountability clock: real time, replaceable by tests (and demo tooling) to move "today".
import { localDate } from '@kepu/domain';

export const accClock = {
  now: (): Date => new Date(),
};

export const today = () => localDate(accClock.now());
