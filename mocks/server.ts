// npm run platform: the mock platform over real HTTP (PORT, default 4010).
import { createPlatformServer } from './httpServer';

const port = Number(process.env.PORT ?? 4010);

createPlatformServer(console.log).listen(port, () => {
  console.log(`Mock platform on http://localhost:${port}/api/v1 (demo password: demo1234)`);
});
