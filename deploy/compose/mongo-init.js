// Initiates the replica set once (a second run finds it initiated), waits until this member is the primary, then
// creates each service's user with the least rights it needs, or sets its password again when it exists (so a
// changed password in the environment takes effect on the next `up`). Run as root against mongo-1.
//   ingest-service  readWrite on docpipe-ingest (the upload ledger and the GridFS blobs)
//   parse-service   read on docpipe-ingest (it only fetches blobs)
//   query-service   readWrite on docpipe (the read model and its indexes)
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

let primary = false;
for (let i = 0; i < 120 && !primary; i++) {
  primary = db.hello().isWritablePrimary;
  if (!primary) {
    sleep(1000);
  }
}
if (!primary) {
  print('mongo-1 is not the primary of rs0 after 120 s');
  quit(1);
}
print('replica set rs0 has a primary');

const users = [
  { user: 'ingest-service', password: process.env.DOCPIPE_MONGO_INGEST_PASSWORD, roles: [{ role: 'readWrite', db: 'docpipe-ingest' }] },
  { user: 'parse-service', password: process.env.DOCPIPE_MONGO_PARSE_PASSWORD, roles: [{ role: 'read', db: 'docpipe-ingest' }] },
  { user: 'query-service', password: process.env.DOCPIPE_MONGO_QUERY_PASSWORD, roles: [{ role: 'readWrite', db: 'docpipe' }] },
];
const admin = db.getSiblingDB('admin');
for (const u of users) {
  if (!u.password) {
    print('no password for ' + u.user);
    quit(1);
  }
  if (admin.getUser(u.user)) {
    admin.updateUser(u.user, { pwd: u.password, roles: u.roles });
    print('user ' + u.user + ' updated');
  } else {
    admin.createUser({ user: u.user, pwd: u.password, roles: u.roles });
    print('user ' + u.user + ' created');
  }
}
quit(0);
