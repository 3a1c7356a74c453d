// Toasts ("saved", "signed out") for every page, themed by the ConfigProvider above. antd's <App> would also bring
// its modal and notification hooks into the first load of every page; only messages are used.
import { message as antdMessage } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { createContext, type ReactNode, useContext } from 'react';

const MessageContext = createContext<MessageInstance | null>(null);

export function MessageProvider({ children }: { children: ReactNode }) {
  const [api, holder] = antdMessage.useMessage();
  return (
    <MessageContext.Provider value={api}>
      {holder}
      {children}
    </MessageContext.Provider>
  );
}

/** The message API of the nearest MessageProvider (the app has one around every page). */
export function useMessage(): MessageInstance {
  const api = useContext(MessageContext);
  if (!api) throw new Error('useMessage outside MessageProvider');
  return api;
}
