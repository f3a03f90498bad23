<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccountService</name>
    <message>
        <source>Wrong user name or password. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is taken. Choose another one, or sign in if it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hash the password (out of memory?). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong passwords for %1. Wait %n second and try again.</numerusform>
            <numerusform>Too many wrong passwords for %1. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>reset the sign-in counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong. The account was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is damaged. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialRules</name>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name must start with a letter a–z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name may use only lower-case letters a–z, digits and . _ - (no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put your user name in the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too easy to guess. Add more words or characters; avoid names, dates and keyboard patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable. A few more characters would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>This system reports no folder for application data. Choose one with --data-dir DIR or the CLOUDTWIN_DATA_DIR environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Move it away or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Check that its parent exists and that you may write there, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1 (%2). Free some disk space or fix its permissions, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 is damaged (%2). CloudTwin has left it untouched. Restore it from a backup, or move it away to start with an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is read-only. Fix the file&apos;s permissions or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the disk holding %2 is full. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 in the database %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed. Install the package %2 and start CloudTwin again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check its permissions or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database path %1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a CloudTwin database (it is not an SQLite file, or it is damaged). CloudTwin has left it untouched. Restore it from a backup, or move it away to start with an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2. Check that the server is running and reachable and that the user name and password are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn on foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds tables that are not CloudTwin&apos;s (%2). CloudTwin has left it untouched. Give CloudTwin a database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer CloudTwin (schema version %2; this version knows up to %3). It has been left untouched. Install the newer CloudTwin, or use another data folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the database to schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL is empty. Use sqlite:///path/to/file, postgresql://user@host:port/name or mysql://user@host:port/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL is not a valid URL (%1). Example: postgresql://cloudtwin@127.0.0.1:5432/cloudtwin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database URL names no file. Write it as sqlite:///absolute/path/file.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database type &quot;%1&quot; in the database URL. Use sqlite, postgresql or mysql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL names no server. Example: %1://user@127.0.0.1/cloudtwin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL names no database. Add it after the server, for example %1://user@%2/cloudtwin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>not logged in — run: cloudtwinctl login NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the session file %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session file %1 is damaged. Sign in again: cloudtwinctl login NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the session file %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the session file %1 (%2). The disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the session file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>read a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an activity event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read an activity event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no activity event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an activity event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The encrypted secrets file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the encrypted secrets file %1 (%2). Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted secrets file %1 is damaged. It has been left untouched; restore it from a backup, or move it away and enter your cloud passwords again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted secrets file %1 was written by a newer CloudTwin. Install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the encrypted secrets file %1 (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the encrypted secrets file %1 (%2). The disk may be full; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted secrets file %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not derive a key from the password (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted secrets file %1 has damaged key settings. It has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted secrets file %1 does not open with this password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret named %1 is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored secret %1 is damaged and cannot be read. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the encrypted secrets file %1. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AboutDialog</name>
    <message>
        <source>About CloudTwin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a main VM on one cloud and a twin backup VM on another, across open-source clouds such as OpenStack and CloudStack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License: GPL-3.0-or-later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ActivityPage</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins, password changes and, in later versions, snapshots and fail-overs of your VMs will be listed here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AppController</name>
    <message>
        <source>CloudTwin cannot use its data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin cannot open its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 and all its data were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin keeps running in the notification area. To end it, choose Quit from this icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for %1. Your saved cloud secrets stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::Cli</name>
    <message>
        <source>Usage: cloudtwinctl [global options] COMMAND [arguments]

Keeps a main VM on one cloud and a twin backup VM on another. This is the command-line and
headless side of CloudTwin; it shares its data folder with the CloudTwin app.

Accounts:
  user add NAME [--password-stdin]   create a CloudTwin user
  login NAME [--password-stdin]      start a session that later commands use, until logout
  logout                             end the session
  whoami                             show the signed-in user and where secrets are kept
  user passwd [--password-stdin]     change the password (stdin: current, then new, one per line)
  user delete [--password-stdin]     delete the signed-in user with all their data and secrets

Global options:
  --data-dir DIR        keep all state in DIR (default: $CLOUDTWIN_DATA_DIR, else the app data folder)
  --database URL        sqlite:///path, postgresql://user@host:port/db or mysql://user@host:port/db
                        (password in $CLOUDTWIN_DATABASE_PASSWORD or in the URL)
  --json                machine-readable output on stdout; messages stay on stderr
  --password-stdin      read passwords from standard input, one per line
  -h, --help            show this help
  --version             show the version

Passwords are never taken from the command line: they come from standard input or a prompt.

Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudtwinctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cloudtwinctl --help for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument — usage: cloudtwinctl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments — usage: cloudtwinctl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read passwords from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user needs a subcommand: add, passwd or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;user %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged in — run: cloudtwinctl login NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin was given but standard input ended before a password line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the password. Pipe it in and add --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password too weak (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created with cloudtwinctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 created. Sign in with: cloudtwinctl login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with cloudtwinctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>          (keychain: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed with cloudtwinctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 (to confirm deleting the account and all its data): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong. The account was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 and all their data were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::DeleteAccountDialog</name>
    <message>
        <source>Delete Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the account %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data of this account is removed from CloudTwin: its settings, its activity, its encrypted secrets file and every entry CloudTwin saved for it in the system keychain. Your VMs on the clouds themselves are not touched.

This cannot be undone. Type the password of %1 to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong. The account was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::MainWindow</name>
    <message>
        <source>CloudTwin — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VMs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your main VMs and their twin backup VMs will be listed here, with their state and their last snapshot. Managing VMs comes in a later version of CloudTwin, once clouds can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clouds yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud accounts CloudTwin works with will be listed here. Adding OpenStack and CloudStack accounts comes in a later version of CloudTwin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is protected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will see which VMs have a twin on another cloud, when their last snapshot was taken and whether the twin is up to date. Protection comes in a later version of CloudTwin, after clouds and VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud passwords and keys are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud passwords and keys are kept in an encrypted file in the data folder, unlocked by your CloudTwin password.
Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure CloudTwin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CloudTwin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words make a strong password that is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time you start CloudTwin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::SignInDialog</name>
    <message>
        <source>CloudTwin — Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a main VM on one cloud and a twin backup VM on another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 characters: lower-case letters a–z, digits and . _ -, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::TrayIntegration</name>
    <message>
        <source>CloudTwin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open CloudTwin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::UserSecrets</name>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted file (no system keychain available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is turned off (CLOUDTWIN_KEYCHAIN=off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain returned something other than what was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove a secret from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::crypto</name>
    <message>
        <source>The encrypted data is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data does not open with this key (wrong password, or the data was changed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CloudTwin keeps a main VM on one cloud and a twin backup VM on another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all state in DIR (default: $CLOUDTWIN_DATA_DIR, else the app data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: sqlite:///path, postgresql://user@host:port/db or mysql://user@host:port/db (default: SQLite in the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display found. Run CloudTwin in a desktop session, or under Xvfb: xvfb-run -a cloudtwin; for the command line use cloudtwinctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
