import { SERVICE_ITEMS, SERVICE_MODULE_LABELS, SERVICE_MODULES } from '@jobcircle/domain';

/** The service items a site offers, under their module headings (modules without any are left out). */
export function ServiceItemModules({ itemNos, className }: { itemNos: readonly number[]; className: string }) {
  return (
    <>
      {SERVICE_MODULES.map((module) => {
        const items = SERVICE_ITEMS.filter((item) => item.module === module && itemNos.includes(item.no));
        if (items.length === 0) return null;
        return (
          <div key={module} className={className}>
            <h3>{SERVICE_MODULE_LABELS[module]}</h3>
            <ul>
              {items.map((item) => (
                <li key={item.no}>{item.text.replace(/。$/, '')}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
