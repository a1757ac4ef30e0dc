import { useEffect, useState } from 'react';

/** Hash routing (`#/roster`): works the same from file, custom protocol and web host. */
export function useRoute(): [string, (to: string) => void] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('?')[0] || 'home';
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const on = () => setRoute(read());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return [route, (to) => (window.location.hash = `#/${to}`)];
}
