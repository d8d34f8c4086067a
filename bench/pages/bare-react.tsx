// The baseline of the first-render measurement: React 19 rendering one heading, nothing else.
import { createRoot } from 'react-dom/client';

function Heading() {
  return <h1>Thi đua</h1>;
}

createRoot(document.getElementById('container')!).render(<Heading />);
