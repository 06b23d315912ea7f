import { useSearchParams } from 'react-router';

/** Sets one parameter of the address in place (no new history entry), keeping the others: `?residentId=…&month=…`. */
export function useSetSearchParam(): (name: string, value: string) => void {
  const [, setParams] = useSearchParams();
  return (name, value) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(name, value);
        return next;
      },
      { replace: true },
    );
}
