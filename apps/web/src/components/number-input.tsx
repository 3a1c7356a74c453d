// antd's InputNumber without its step arrows. @rc-component/input-number names them "Increase Value" and
// "Decrease Value" in English whatever the locale, so a screen reader read English to a Chinese user; they are also
// far smaller than a 44 px target. The arrow keys still step the value.
import { InputNumber as AntInputNumber, type InputNumberProps } from 'antd';

export function InputNumber<T extends number | string = number>(props: InputNumberProps<T>) {
  return <AntInputNumber<T> controls={false} {...props} />;
}
