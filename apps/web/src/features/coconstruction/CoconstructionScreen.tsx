export default function CoconstructionScreen(_props: { workspaceId: string; path: string[] }) {
  return null;
}
