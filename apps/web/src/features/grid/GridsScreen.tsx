export default function GridsScreen(_props: { workspaceId: string; path: string[] }) {
  return null;
}
