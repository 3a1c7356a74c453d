// Every antd icon speaks the interface language: the app's own and those antd draws inside its components (the pager's
// arrows, a select's arrow, a clear button, a password's eye, a modal's close). @ant-design/icons names each icon by
// its English file name (aria-label="close-circle"); vite.config.ts (iconLabels) puts this component in its place.
// An icon that is all a control shows (the pager's arrow button, a clear button, a clickable eye) names that control
// with its `icons.*` text; any other icon sits beside words that already say it (an alert's text, a button's label,
// a select's own name) and is hidden from screen readers. An aria-label or aria-hidden given where it is used wins.
import AntdIcon, { type IconComponentProps } from '@ant-design/icons/es/components/AntdIcon';
import { forwardRef, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const CONTROL = 'button, a, [role="button"], [role="tab"], [role="menuitem"], [role="option"]';

/** True when the icon is the only thing its control shows and the control has no name of its own. */
function speaksForControl(icon: HTMLElement, clickable: boolean): boolean {
  const control = clickable ? icon : icon.parentElement?.closest<HTMLElement>(CONTROL);
  if (!control) return false;
  if (control === icon) return true;
  return (
    !control.textContent?.trim() && !control.getAttribute('aria-label') && !control.getAttribute('title')
  );
}

const LabelledIcon = forwardRef<HTMLSpanElement, IconComponentProps>(function LabelledIcon(props, ref) {
  const { t } = useTranslation();
  const own = useRef<HTMLSpanElement | null>(null);
  const [speaks, setSpeaks] = useState(false);
  const given = props['aria-label'] !== undefined || props['aria-hidden'] !== undefined;
  const clickable = props.onClick !== undefined;
  useLayoutEffect(() => {
    if (!given && own.current) setSpeaks(speaksForControl(own.current, clickable));
  }, [given, clickable]);
  const setRef = useCallback(
    (el: HTMLSpanElement | null) => {
      own.current = el;
      if (typeof ref === 'function') ref(el);
      else if (ref) ref.current = el;
    },
    [ref],
  );
  if (given) return <AntdIcon ref={setRef} {...props} />;
  const label = speaks ? t(`icons.${props.icon.name}`, { defaultValue: '' }) : '';
  return label ? (
    <AntdIcon ref={setRef} {...props} aria-label={label} />
  ) : (
    <AntdIcon ref={setRef} {...props} aria-label={undefined} aria-hidden />
  );
});

export default Object.assign(LabelledIcon, {
  getTwoToneColor: AntdIcon.getTwoToneColor,
  setTwoToneColor: AntdIcon.setTwoToneColor,
});
