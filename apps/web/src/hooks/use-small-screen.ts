// True on phone-sized screens (below antd's `lg` breakpoint, 992 px), where the navigation collapses.
import { Grid } from 'antd';

export function useSmallScreen(): boolean {
  const screens = Grid.useBreakpoint();
  return !screens.lg;
}

/** True below 576 px, where the base font grows to 18 px. */
export function usePhoneScreen(): boolean {
  const screens = Grid.useBreakpoint();
  return !screens.sm;
}
