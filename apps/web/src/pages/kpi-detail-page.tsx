export function KpiDetailPage() {
  return <div>KpiDetailPage</div>;
}
