// Initiates the replica set once (a second run finds it initiated) and waits until it has a primary,
// so that services started after this step can write at once.
try {
  rs.status();
  print('replica set rs0 already initiated');
} catch (e) {
  rs.initiate({
    _id: 'rs0',
    members: [
      { _id: 0, host: 'mongo-1:27017', priority: 2 },
      { _id: 1, host: 'mongo-2:27017', priority: 1 },
      { _id: 2, host: 'mongo-3:27017', priority: 1 },
    ],
  });
  print('replica set rs0 initiated');
}
for (let i = 0; i < 120; i++) {
  const status = rs.status();
  if (status.members.some((m) => m.stateStr === 'PRIMARY')) {
    print('replica set rs0 has a primary');
    quit(0);
  }
  sleep(1000);
}
print('replica set rs0 has no primary after 120 s');
quit(1);
