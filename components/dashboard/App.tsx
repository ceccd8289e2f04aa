export function App() {
  return <main><h1>TUS-assistent</h1></main>;
}
