/**
 * The page's only bridge: one `invoke` for the handler map. Never
 * `ipcRenderer` itself, never file paths.
 */
import { contextBridge, ipcRenderer } from 'electron';

interface CunjiBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
}

const bridge = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('cunji:invoke', method, input),
} satisfies CunjiBridge;

contextBridge.exposeInMainWorld('cunji', bridge);
