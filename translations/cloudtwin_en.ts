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
    <message>
        <source>count the users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1 vCPU, %2 MB memory, %3 GB disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MB memory, root disk sized at creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 vCPU, %2 MB memory and %3 GB disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud “%1” has no flavor “%2”. Its flavors are: %3. Pick one of them or leave the flavor empty so CloudTwin picks one for the size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: chosen by you (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: chosen by you (%2), although the size asks for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the smallest with at least %2 vCPU and %3 MB memory (%4); it does not fix the root disk, so the %5 GB are asked for when the VM is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the smallest with %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud “%1” offers no flavors to this account, so no VM can be created there. Ask the cloud&apos;s administrator for access to flavors, or choose another cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud “%1” has no flavor with %2; the biggest it offers is %3 (%4). Choose a smaller size, or another cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud “%1” has no image “%2”. Pick one of its images under “Advanced”, or fix `image:` in the spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image “%1” on cloud “%2” is “%3”, not ready to start a VM from. Wait until it is active, or pick another image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud “%1” has no active image of %2. Pick an image under “Advanced” in the wizard, or set `image:` under this cloud&apos;s side (main or twin) in the spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Images of it that are not active yet: %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the newest active image whose os_distro and os_version say %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the newest active template whose OS type is “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the newest active image whose name says %2 (it does not state its OS in its properties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cloud&apos;s default network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud “%1” has no network “%2”. Its networks are: %3. Pick one of them, or leave the network empty for the cloud&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MariaDB database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node.js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java runtime (OpenJDK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU, %2 GB memory, %3 GB disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra large — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom — your own numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: chosen by you; its own OS information says it is not %2, which the software setup is written for, so packages and services may not install. Choose the OS it has on the Operating system page, or another image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudInit</name>
    <message>
        <source>The VM name &quot;%1&quot; cannot be used as a host name. Use 1 to 63 lowercase letters, digits and dashes, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH public key must be one line in OpenSSH format (&quot;ssh-ed25519 AAAA… comment&quot;). Generate a key or paste the contents of your .pub file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin does not know how to set up %1 %2. Choose one of the supported operating systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data disk cannot be mounted at &quot;%1&quot;. Use an absolute folder other than /, such as /data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the cloud-init file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudMonkeyConfig</name>
    <message>
        <source>The CloudMonkey config file %1 does not exist. Choose the file your cmk uses (cmk keeps it in ~/.cmk/config; the older cloudmonkey in ~/.cloudmonkey/config), or set up a profile in cmk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the CloudMonkey config file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MB, so it is not a CloudMonkey config file. Choose the file cmk uses (~/.cmk/config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CloudMonkey config file %1: %2. Check that it belongs to you and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file, so it is not a CloudMonkey config. Choose the file cmk uses (~/.cmk/config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: “%3” is not a section header. A profile starts with its name in brackets, e.g. [mycloud]. Fix the line and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 is neither “key = value”, a [profile] header nor a comment. Fix or remove the line and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: verifycert must be true or false; CloudTwin checks certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile [%2] has no url. Add a line such as “url = https://cloud.example.com/client/api” to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile [%2]: url “%3” is not an http:// or https:// address. It looks like https://cloud.example.com/client/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile [%1] has only one of apikey and secretkey; CloudTwin signs in with its username and password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile [%2] has an apikey but no secretkey. Add “secretkey = …” (shown with the API key in the CloudStack UI under your user&apos;s keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile [%2] has a username but no password. Add “password = …”, or use apikey and secretkey instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile [%2] has neither apikey and secretkey nor username and password. Add one of the two pairs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile [%1]: %2 must be true or false; CloudTwin checks certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile [%1] has certificate checks turned off (verifycert = false); anyone on the network path could pose as the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile [%1] uses plain http; its password will cross the network unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile [%2] has a secretkey but no apikey. Add “apikey = …” (shown with the secret key in the CloudStack UI under your user&apos;s keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no CloudMonkey profile. A profile is a section such as [mycloud] with url, apikey and secretkey (or username and password) in it; cmk writes one with “cmk set profile mycloud” and “cmk set url …”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudsYaml</name>
    <message>
        <source>OS_* environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos;: %3 must be a single value, not a list or map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos;: %3 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos; uses identity_api_version %3; CloudTwin speaks Keystone v3 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos; uses auth_type &apos;%3&apos;, which CloudTwin does not support; use password or v3applicationcredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos; has no auth.auth_url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it uses the vendor profile &apos;%1&apos;, which CloudTwin cannot read; add the Keystone URL as auth.auth_url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos;: auth.auth_url &apos;%3&apos; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos; has no auth.username (or auth.user_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos; has no auth.project_name (or auth.project_id); CloudTwin needs a project to list and manage servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud &apos;%1&apos; has no auth.password in clouds.yaml or secure.yaml; it was imported, and the password must be entered before it can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos; has no auth.application_credential_id (or application_credential_name with username or user_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud &apos;%1&apos; has no auth.application_credential_secret in clouds.yaml or secure.yaml; it was imported, and the secret must be entered before it can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud &apos;%1&apos; lists %2 regions; CloudTwin uses the first one, &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos;: interface &apos;%3&apos; is not public, internal or admin; using public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos;: verify must be true, false or a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud &apos;%1&apos;: the CA file %2 does not exist; connections will fail until it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud &apos;%1&apos; has certificate checks turned off (verify: false); anyone on the network path can read its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2, column %3: not valid YAML (%4). Fix the file and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;clouds:&apos; section with one entry per cloud, so it is not a clouds.yaml file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &apos;%2&apos; must be a map of settings (auth:, region_name:, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defines a cloud named &apos;envvars&apos; and OS_* environment variables are set too; the environment was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clouds.yaml found (looked for %1) and no OS_AUTH_URL is set. Name the file with --clouds-yaml FILE.</source>
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
    <name>DeployJournal</name>
    <message>
        <source>journal the start of creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step %1 in create %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal the end of a create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no create %1 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of create %2 in the journal has a kind or state this CloudTwin does not know (%3, %4). It was written by a newer CloudTwin: use that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the VM pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list VM pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a VM pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a VM pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin cannot create its lock folder %1. Check that the data folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being created right now by another CloudTwin program (%2, process %3 on %4). Wait until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin cannot write its lock file in %1. Check that the data folder is writable and not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageService</name>
    <message>
        <source>an image record is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image record has no “id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the cloud&apos;s catalog has no image (Glance) endpoint for this region. Check the region in this cloud&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create image “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload data to image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the data to upload is not open for reading or its size is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the destination is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a snapshot of a volume-backed server: the disk data lives in Cinder volume snapshots, not in the image. Create a volume from the snapshot and upload that volume to an image instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is “%1” and has no data yet. Wait until it is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has no data in the image store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the image service answered “no data” (HTTP 204). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — writing the data failed: %3. Check the free space and permissions of the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the transfer ended after %3 of %4 bytes. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the data of image %2 (“%3”) arrived damaged: its %4 checksum is %5, but the image service recorded %6. The download must not be used. Try again; if it happens again, the image in the cloud may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image %2 (“%3”) became “%4” instead of active. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image service failed to store its data; delete it and create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can no longer become active; create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image %2 is still “%3” after the time allowed. It may still become active; check it again later before creating a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyGenerator</name>
    <message>
        <source>The cryptography library could not start, so no SSH key was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored SSH private key is not an OpenSSH key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkService</name>
    <message>
        <source>%1: could not %2 — the cloud&apos;s catalog has no network (Neutron) endpoint for this region. Check the region in this cloud&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network record has no “id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subnet record has no “id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port record has no “id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a security group rule has no “id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a security group record has no “id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a floating IP record has no “id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the ports of server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create security group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a rule to security group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete security group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list floating IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocate a floating IP from network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disassociate floating IP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>associate floating IP %1 with port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release floating IP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list external networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the floating IPs of port %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Choose a main cloud and a twin cloud first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cloud was removed while the plan was being made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the SSH key on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open %n port rule(s) on %1</source>
        <translation>
            <numerusform>Open %n port rule on %1</numerusform>
            <numerusform>Open %n port rules on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a %1 GB data disk on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the VM %1 on %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for %1 to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the data disk to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): size %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): image %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): data disk offering %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderExport</name>
    <message>
        <source>Refusing to write &quot;%1&quot; outside the export folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to, or check that no file has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the disk has free space and the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCall</name>
    <message>
        <source>%1: could not %2 — the %3 service sent an answer CloudTwin does not understand (%4). Check that the cloud&apos;s catalog points to the right %3 endpoint; if it does, report this to the CloudTwin developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the %2 service is not connected to a cloud session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pages link back to a page already read (%1)</source>
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
    <name>SpecFile</name>
    <message>
        <source>Unknown %1 %2. Did you mean %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 %2. Choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The twin is on the same cloud account as the main VM, so one outage takes both down and the twin protects nothing. Pick another account (another cloud, or another project on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the VM a name, such as web-01: 1 to 63 lower-case letters, digits or dashes, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; a VM name has at most 63.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid VM name: use lower-case letters, digits and dashes, start with a letter and do not end with a dash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPUs is not possible; give 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB of memory is not possible; give 512 MB (memory_mb: 512) to 1024 GB (memory_gb: 1024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 GB disk is not possible; give 1 to %2 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin does not support %1 %2. Supported versions of %1: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice (also at %2); remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 cannot run side by side on one VM (they use the same port); keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the rule a short name, such as http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid rule name: up to 32 lower-case letters, digits, dashes or underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also the name of %2; give each rule its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icmp (ping) has no ports; remove port, from and to from this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1 to %2 again: %3 (%4) already does. Remove one, or merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a port number; ports go from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range starts at %1 but ends at %2; from must not be greater than to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one address; write it as %1/%2 to allow only that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a network. Write it in CIDR notation, such as 203.0.113.0/24, or 0.0.0.0/0 for anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not written as a network address; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an OpenSSH public key (the one line in your .pub file), or use generate: true to let CloudTwin make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key; never share it. Paste the public key instead: the one line in the file that ends in .pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenSSH public key is one line (type, key, comment); this has several. Paste the one line from the .pub file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSA keys are no longer accepted by OpenSSH servers. Make an ed25519 key (ssh-keygen -t ed25519) or use generate: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an OpenSSH public key: it should start with one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key data after %1 is damaged or cut short. Copy the whole line from the .pub file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 GB data disk is not possible; give 1 to %2 GB, or 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder CloudTwin can mount the disk on. Give an absolute path of letters, digits, dots, dashes and underscores, such as /data or /srv/files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounting the data disk on %1 would hide the system&apos;s own files there. Pick a new folder, such as /data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes is outside what CloudTwin can keep to; give %2 to %3 minutes (copying to the twin takes a few minutes, and a copy is made at least once a day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes is outside the range; give 1 to %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which cloud account runs the main VM (a name from the Clouds list, or `cloudtwinctl cloud list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which cloud account runs the twin: another account than the main VM&apos;s (a name from the Clouds list, or `cloudtwinctl cloud list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec is empty. Start it with the line “version: 1”, then name, purpose and the clouds (see docs/spec-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spec is a YAML mapping of “field: value” lines, starting with “version: 1” (see docs/spec-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field. The fields here are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field. Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field appears twice; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a single value here, not a list or a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a whole number here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither true nor false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a mapping with the fields %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing. Start the spec with the line “version: 1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This spec is written in format version %1; this CloudTwin reads version %2. Update CloudTwin to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no format version %1; write “version: 1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your own numbers, write them instead of “custom”: size: {cpus: 2, memory_gb: 4, disk_gb: 40}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or give your own numbers: size: {cpus: 2, memory_gb: 4, disk_gb: 40}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected small, medium, large, xlarge or your own numbers: {cpus: 2, memory_gb: 4, disk_gb: 40}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing. Say how many virtual CPUs, such as cpus: 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give memory once: memory_gb or memory_mb, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing. Say how much memory, such as memory_gb: 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing. Say how big the system disk is, such as disk_gb: 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing. Name the operating system, such as family: ubuntu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the name of a software bundle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a rule such as {name: http, port: 80}, or {name: app, from: 8000, to: 8100, source: 10.0.0.0/8}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either port (one port) or from and to (a range), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing. A range needs from and to, such as from: 8000, to: 8100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing. Say which port to open, such as port: 80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one: generate: true (CloudTwin makes a key) or public_key (yours), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing. With generate: false, paste your OpenSSH public key here (the one line in your .pub file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing. Say how big the data disk is, such as size_gb: 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid YAML: line %1, column %2: %3. Fix the line (check indentation and colons) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 KB; a spec is a few hundred bytes. Check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerraformRenderer</name>
    <message>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No size was chosen for the %1 VM on cloud &quot;%2&quot;. Pick a flavor or service offering under Advanced, or a size class the cloud offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image was chosen for the %1 VM on cloud &quot;%2&quot;. Pick an image or template under Advanced, or an operating system the cloud offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zone was chosen for the %1 VM on CloudStack cloud &quot;%2&quot;. CloudStack needs a zone: choose one for this cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudStack cloud &quot;%1&quot; needs a disk offering for the %2 GB data disk of the %3 VM. Choose a disk offering, or remove the data disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main and twin sides were passed the wrong way round.</source>
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
    <message>
        <source>Give the cloud a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a cloud named %1. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the cloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list cloud accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the cloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cloud account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cloud named %1. See your clouds with: cloudtwinctl cloud list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the cloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remember a cloud job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget a cloud job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list cloud jobs</source>
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
    <name>VolumeService</name>
    <message>
        <source>%1: could not %2 — the cloud&apos;s catalog has no block storage (Cinder v3) endpoint for this region. Check the region in this cloud&apos;s settings; CloudTwin then works without volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a volume record is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a volume record has no “id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create volume “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload volume %1 to image “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the volume is attached to a server. Only detached volumes can be uploaded (forcing it needs the cloud&apos;s enable_force_upload option, which is off by default). Take a snapshot, create a volume from it and upload that volume instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the volume is “%3”; it must be Ǌvailable”. Wait for its current task to finish and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no “image_id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: volume %2 (“%3”) went to “%4” instead of %5. Look at the volume in the cloud&apos;s dashboard; the cloud&apos;s administrator can see why in the Cinder logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: volume %2 is still “%3” after the time allowed (waiting for %4). It may still get there; check it again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct</name>
    <message>
        <source>%1: the setting “%2” is empty. Fill it in in this cloud&apos;s settings (it is in the clouds.yaml or openrc file your cloud provides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the auth URL “%2” is not an http(s) address. It looks like https://keystone.example.com:5000/v3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an application credential given by name (%2) also needs its user (user_id, or username with its domain). Fill it in, or use the credential&apos;s id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the auth type “%2” is not supported. Use “password” or “v3applicationcredential”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cloud kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the CloudStack API URL is empty. Fill it in in this cloud&apos;s settings; it looks like https://cloud.example.com/client/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the CloudStack API URL “%2” is not an http(s) address. It looks like https://cloud.example.com/client/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the CloudStack secret key is empty. Copy it from the CloudStack UI (your user&apos;s “Generate keys”) into this cloud&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give either an API key and secret key, or a user name and password (with the domain path, “/” for ROOT) for this CloudStack cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password of CloudStack user %2 is empty. Fill it in in this cloud&apos;s settings.</source>
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
    <name>ct::AccessPage</name>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may reach the server, and how?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the services listed here are open; everything else is blocked by the clouds&apos; firewalls and the VM&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port or range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web (HTTP, port 80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure web (HTTPS, port 443)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH (port 22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL (port 5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL or MariaDB (port 3306)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping (ICMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may connect: “Anyone”, or a network such as 203.0.113.0/24 (your office) or 10.0.0.0/8 (private addresses only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH key: how you sign in to the VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new key for me (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin makes an ed25519 key pair. The private key is kept with your cloud passwords (in the keychain or CloudTwin&apos;s encrypted file); only the public key goes to the clouds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use my own public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… you@laptop (the one line in your .pub file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port or range of service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8080 or 8000-8100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol of service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP (ping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may connect to service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private networks (10.0.0.0/8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone, or e.g. 203.0.113.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Your Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too big to be a public key. Choose the file ending in .pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a private key; keep it to yourself. Choose the public key next to it, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the port the service listens on, such as 8080, or a range such as 8000-8100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port: write a number such as 8080, or a range such as 8000-8100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service is open, so nobody can reach the server, not even you over SSH. Add SSH unless you mean it.</source>
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
    <name>ct::ApiJob</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name, password and project (or the application credential) in this cloud&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s quota is used up. Delete something you no longer need, or ask the cloud&apos;s administrator for more quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not do this in this project. Ask the cloud&apos;s administrator for the role that allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been deleted meanwhile. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is busy or in the wrong state for this. Wait for its current task to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud is limiting requests and asks to wait %1 s. Try again then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud is limiting requests. Wait a little and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 service is not available right now. Try again later; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 service had an internal error. Try again; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud answered with an unexpected HTTP status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 (%3 service, HTTP %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud said: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the TLS certificate of %3 is not trusted (%4). If the cloud uses its own certificate authority, add its CA bundle (cacert) in this cloud&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — %3 did not answer in time (%4 service). Check the network, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the host name %3 is unknown. Check the address in this cloud&apos;s settings and your DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — %3 refused the connection (%4 service). The service may be down, or the address or port is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the connection to %3 failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ApiSession</name>
    <message>
        <source>%1: the CA bundle %2 could not be read or holds no PEM certificate. Check the path in the cloud&apos;s settings (cacert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cloud refused the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
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
    <message>
        <source>Keystone v3 URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify TLS certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application credential id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cloud secret from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clouds.yaml file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace clouds of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the action is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;cloud %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vm delete needs --yes when there is no terminal to ask for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;vm %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud name &quot;%1&quot; starts or ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud name is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud name contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud&apos;s password or secret is empty. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud add openstack needs --auth-url URL (the Keystone v3 address, e.g. https://keystone.example.com:5000/v3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be used with --application-credential-id: the credential already names its user and project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud add openstack needs --username USER (or --application-credential-id ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud add openstack needs --project PROJECT (or --project-id ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--insecure and --cacert contradict each other; use one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth-url &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cacert %1: no readable file there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 is plain http; the cloud&apos;s password will cross the network unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: certificate checks are off for %1 (--insecure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cloud named %1 already exists. Remove it first (cloudtwinctl cloud remove %1) or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on cloud %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application credential secret for cloud %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud %1 added with cloudtwinctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud %1 added; its secret is kept in the %2. Check it with: cloudtwinctl cloud test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cloud named %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS_* environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud %1 imported from %2 with cloudtwinctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — needs a password: cloudtwinctl cloud set-password %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: a cloud with this name already exists (add --replace to overwrite it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clouds yet. Add one with: cloudtwinctl cloud add openstack NAME --auth-url URL ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cloud named %1. See: cloudtwinctl cloud list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudtwinctl: cloud %1: not every service answered; see the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud %1 removed with cloudtwinctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud %1 and its stored secret were removed. Its VMs were not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of cloud %1 was stored. Check it with: cloudtwinctl cloud test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudtwinctl: cloud %1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESSES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU / %2 MB / %3 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in cloud %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2 VMs: %3. Use the ID (or --cloud NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM has the ID or name %1. See: cloudtwinctl vm list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM has the ID or name %1 in the clouds that answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MB RAM, %3 GB disk%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (flavor %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM %1 (%2) in cloud %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of %1 requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop of %1 requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was rebooted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot of %1 requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion of %1 requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 requested with cloudtwinctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudStack API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudStack API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the CloudStack secret key from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudStack domain path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudMonkey config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudMonkey profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the signed request instead of sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the cloud&apos;s password. Pipe it in and add --password-stdin (--secret-stdin for an application credential secret, --secret-key-stdin for a CloudStack secret key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud add supports &quot;openstack&quot; and &quot;cloudstack&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (user %2, domain %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clouds yet. Add one with: cloudtwinctl cloud add openstack NAME --auth-url URL ... or cloudtwinctl cloud add cloudstack NAME --url URL ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key for cloud %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud add cloudstack needs --url URL (the API endpoint, e.g. https://cloud.example.com/client/api)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud add cloudstack needs --api-key KEY (with the secret key on stdin: --secret-key-stdin) or --username USER (with the password on stdin: --password-stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-key and --username are two ways to sign in; use one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--domain belongs to --username; an API key already names its user and domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url &quot;%1&quot; is not an http:// or https:// address. CloudStack&apos;s API is usually at https://HOST/client/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 is plain http; the password will cross the network unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile [%1] in %2. Its profiles: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: profile [%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2, API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2, user %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CloudStack API command; commands are words such as listZones or deployVirtualMachine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key=value (e.g. zoneid=1a2b or name=web-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1= is set by cloudtwinctl; leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OpenStack cloud; cloudtwinctl api calls the CloudStack API only. For OpenStack use the openstack command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a CloudStack cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this cloud signs in with a user name and password; the real request carries the session of that login, not a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments; usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud needs a subcommand: add, import-openstack, import-cloudmonkey, list, jobs, test, set-password or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CloudStack jobs are waiting to be looked up: every job CloudTwin started has been seen to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the rendered files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud for the main VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud for the twin VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan and stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what was created when the create fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s):</source>
        <translation>
            <numerusform>%1 has %n problem:</numerusform>
            <numerusform>%1 has %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>The new SSH key could not be stored, so nothing was created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a new SSH key for %1; its private half is kept with your cloud secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render needs --out DIR: the folder the Terraform files go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1. Terraform reads the cloud credentials from variables: see variables.tf in each folder.</source>
        <translation>
            <numerusform>Wrote %n file to %1. Terraform reads the cloud credentials from variables: see variables.tf in each folder.</numerusform>
            <numerusform>Wrote %n files to %1. Terraform reads the cloud credentials from variables: see variables.tf in each folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan for %1 (pair %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twin</source>
        <translation type="unfinished"></translation>
    </message>
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

Clouds (for the signed-in user; secrets go to the keychain or the encrypted secrets file):
  cloud add openstack NAME --auth-url URL --username U --project P [--user-domain D]
        [--project-domain D] [--region R] [--cacert FILE | --insecure] [--password-stdin]
                                     add an OpenStack cloud (Keystone v3, password)
  cloud add openstack NAME --auth-url URL --application-credential-id ID [--region R]
        [--cacert FILE | --insecure] [--secret-stdin]
                                     add an OpenStack cloud with an application credential
  cloud import-openstack [--clouds-yaml FILE] [--cloud NAME] [--replace]
                                     import from clouds.yaml (+ secure.yaml) and OS_* variables
  cloud add cloudstack NAME --url URL --api-key KEY [--cacert FILE | --insecure]
        [--secret-key-stdin]         add a CloudStack cloud that signs requests with an API key
  cloud add cloudstack NAME --url URL --username U [--domain PATH] [--cacert FILE | --insecure]
        [--password-stdin]           add a CloudStack cloud that logs in with user and password
  cloud import-cloudmonkey [--file FILE] [--profile NAME] [--replace]
                                     import CloudStack profiles from CloudMonkey (~/.cmk/config)
  cloud list                         the clouds, where they point, whether a secret is stored
  cloud jobs [NAME]                  CloudStack jobs started by CloudTwin whose end it has not seen
                                     (e.g. after a crash), looked up in the cloud again
  cloud test NAME                    sign in and check each service of the cloud
  cloud set-password NAME [--password-stdin]
                                     store or replace the cloud&apos;s password or secret (key)
  cloud remove NAME                  forget the cloud and its secret (its VMs are not touched)

CloudStack API:
  api NAME COMMAND [key=value ...] [--dry-run]
                                     call any CloudStack API command of cloud NAME and print the
                                     JSON answer; --dry-run prints the signed request URL instead

VMs (ID is a server UUID or a name that is unique across the clouds):
  vm list [--cloud NAME]             the VMs of every cloud, or of one
  vm show ID [--cloud NAME]          everything known about one VM
  vm start|stop|reboot ID [--cloud NAME] [--wait] [--hard]
                                     power actions; --wait until done, --hard for reboot
  vm delete ID [--cloud NAME] [--yes] [--wait]
                                     delete the VM; asks first, or needs --yes without a terminal

Create a main VM and its twin (SPEC.yaml: see docs/spec-format.md and examples/):
  vm create SPEC.yaml [--main CLOUD] [--twin CLOUD] [--wait] [--plan-only] [--keep-on-failure]
                                     plan, then create both VMs at once; returns once the create
                                     has begun (it goes on in the background), or with --wait
                                     when both VMs run, with progress on stderr; --plan-only
                                     prints the plan; on failure what was made is removed again
                                     unless --keep-on-failure
  vm creates [NAME]                  the creates and their state, newest first; with NAME the
                                     steps of its newest create
  render SPEC.yaml --out DIR [--main CLOUD] [--twin CLOUD]
                                     write the Terraform and cloud-init for the pair to DIR

Global options:
  --data-dir DIR        keep all state in DIR (default: $CLOUDTWIN_DATA_DIR, else the app data folder)
  --database URL        sqlite:///path, postgresql://user@host:port/db or mysql://user@host:port/db
                        (password in $CLOUDTWIN_DATABASE_PASSWORD or in the URL)
  --json                machine-readable output on stdout; messages stay on stderr
  --password-stdin      read passwords from standard input, one per line
  --secret-stdin        read a cloud&apos;s application credential secret from standard input
  --secret-key-stdin    read a CloudStack secret key from standard input
  -h, --help            show this help
  --version             show the version

Passwords and secrets are never taken from the command line: they come from standard input or a
prompt.

Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vm needs a subcommand: list, show, create, creates, start, stop, reboot or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The create could not be started in the background (%1). Run it with --wait instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created (main and twin). See: cloudtwinctl vm list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 in the background (main on %2, twin on %3).
Progress: cloudtwinctl vm creates %1
Log: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background create of %1 did not start within a minute. See %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background create of %1 stopped before it began: %2 (log: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No create of %1 is recorded. See: cloudtwinctl vm creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the newest create of %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::CloudAccount</name>
    <message>
        <source>Sandbox (CloudStack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::CloudAccountDialog</name>
    <message>
        <source>Edit Cloud %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add OpenStack Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the values from your cloud&apos;s clouds.yaml or openrc file (in Horizon: API Access). The password is kept in your keychain or CloudTwin&apos;s encrypted file, never in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auth URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
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
        <source>Credential &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project (tenant) name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User do&amp;main:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project dom&amp;ain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. RegionOne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the cloud&apos;s CA certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip certificate &amp;verification (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: give the cloud a name, e.g. “production”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: you already have a cloud called %1. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth URL: enter the identity (Keystone) address, e.g. https://keystone.example.com:5000/v3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth URL: “%1” is not a web address. It starts with https:// and names the host, e.g. https://keystone.example.com:5000/v3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most clouds need the version at the end: …/v3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential ID: enter the application credential&apos;s ID (openstack application credential list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential secret: enter the secret shown when the credential was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: enter the name you sign in to the cloud with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: enter your cloud password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: enter the project (tenant) whose VMs CloudTwin should see; it is OS_PROJECT_NAME in your openrc file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle: the file %1 does not exist. Choose the PEM file your cloud provider gave you, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OpenStack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache &amp;CloudStack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key and secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name, password and domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in wit&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ for the ROOT domain, or a path such as /customers/acme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CloudStack Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API endpoint of your CloudStack cloud and either your API key and secret key (in the CloudStack UI: your user&apos;s page, Generate Keys) or your user name and password. The secret key or password is kept in your keychain or CloudTwin&apos;s encrypted file, never in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint: enter the address of the CloudStack API, e.g. https://cloud.example.com/client/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint: “%1” is not a web address. It starts with https:// and names the host, e.g. https://cloud.example.com/client/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most CloudStack clouds answer at …/client/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: copy it from the CloudStack UI (your user&apos;s page, Generate Keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key: paste the secret key shown next to the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: enter the name you sign in to CloudStack with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: enter your CloudStack password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: CloudTwin will accept any certificate for this cloud, so someone on the network could pose as it and read what CloudTwin sends. Use a CA bundle instead if you can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::CloudContext</name>
    <message>
        <source>Your clouds could not be read from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (CloudStack)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::CloudMonkeyImportDialog</name>
    <message>
        <source>Import from CloudMonkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin reads the profiles of CloudMonkey, the CloudStack command line (cmk). Tick the profiles to add as CloudStack clouds; their names are kept. Secret keys and passwords go to your keychain or CloudTwin&apos;s encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no CloudMonkey config at %1. Choose the file with Browse… if cmk keeps it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CloudMonkey Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1, domain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cmk uses now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a cloud with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile in this file can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1. Select one on the Clouds page and choose Test Connection to check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::CloudService</name>
    <message>
        <source>A cloud named %1 already exists. Choose another name or remove the old one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud %1 was not added: its secret could not be stored. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cloud with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud %1 was not removed: its secret could not be deleted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret of cloud %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password or secret is stored for cloud %1. Enter it first (on the command line: cloudtwinctl cloud set-password %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 job %3, started before CloudTwin last stopped, has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 job %3, started before CloudTwin last stopped, did not succeed: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::CloudsPage</name>
    <message>
        <source>&amp;Import from clouds.yaml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clouds yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudStack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — application credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin&apos;s built-in practice cloud. It runs on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>OK — %n VM(s), checked %1</source>
        <translation>
            <numerusform>OK — %n VM, checked %1</numerusform>
            <numerusform>OK — %n VMs, checked %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud %1 added. Its VMs appear on the VMs page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cloud(s) imported.</source>
        <translation>
            <numerusform>%n cloud imported.</numerusform>
            <numerusform>%n clouds imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the cloud %1 from CloudTwin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin forgets its settings and its stored password. The VMs on the cloud are not touched; you can add the cloud again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Cloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;CloudMonkey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an OpenStack or Apache CloudStack cloud with “Add Cloud…”. If you already use the openstack command or CloudMonkey (cmk), “Import from clouds.yaml…” or “Import from CloudMonkey…” takes your clouds from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::CloudsYamlImportDialog</name>
    <message>
        <source>Import from clouds.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin reads the clouds.yaml used by the openstack command (and secure.yaml next to it). Tick the clouds to add; their names are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth URL and project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose clouds.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack client configuration (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a cloud with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a password: enter it with Edit… after importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clouds were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These need a password before CloudTwin can reach them (select them on the Clouds page and choose Edit…): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ConnectionTestDialog</name>
    <message>
        <source>Identity (Keystone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute (Nova)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (Glance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network (Neutron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (Cinder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 and asking each service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered on all %2 services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 services answered. The details say what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::CreateWizard</name>
    <message>
        <source>New VM Pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::DataPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Data and protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A separate data disk keeps your files apart from the system. The two questions below tell CloudTwin how closely the twin must follow the main VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means no data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“None” keeps everything on the system disk. A data disk is formatted and mounted at the folder below when the VM first starts; put your databases and files there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;disk size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mounted at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much recent &amp;work could you afford to lose?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long may the server be &amp;unreachable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin stores these answers with the VM pair now. Protection — copying the main VM to its twin at least this often, and switching to the twin when the main cloud fails — uses them once it is available in a later version. Shorter times mean more frequent copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
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
    <name>ct::InventoryModel</name>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resized, awaiting confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmanaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud does not report this VM&apos;s disk size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin of %1, which runs on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main VM of the pair %1; its twin %2 runs on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the pair %1; its other half is not in the list (its cloud may be unreachable).</source>
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
    <message>
        <source>&amp;New VM Pair…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::OsPage</name>
    <message>
        <source>Which operating system?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin finds each cloud&apos;s image of this system for you. Under Advanced on the Clouds page you can pick an image yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating &amp;system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure? Ubuntu LTS is the most widely used and documented. Debian changes least between versions. Rocky Linux and AlmaLinux work like Red Hat Enterprise Linux. Software is installed with the system&apos;s own package manager (apt or dnf).</source>
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
    <name>ct::PlacementPage</name>
    <message>
        <source>Where should the VMs run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main VM runs on one cloud account, its twin on another. If the main cloud fails, the twin takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. web-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both VMs a &amp;public address (reachable from the internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without one, the VMs can be reached only from inside their clouds&apos; networks (or a VPN into them). The services on the Access page decide what is open at that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM n&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Main cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Twin cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced: exact flavor, image, network and zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exact choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flavor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;lavor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ima&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netw&amp;ork:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zon&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a VM called %2. Two VMs with one name are hard to tell apart; consider another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 what it offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (none fits yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MB memory, %3 GB disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MB memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list what %1 offers: %2 CloudTwin will choose for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports this zone as unavailable: it takes no new VMs there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the zones of %1: %2 Type a zone name, or leave the zone to the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports zone %2 as unavailable: it takes no new VMs there now. Choose another zone, or leave the zone to the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ProgressPage</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both clouds work at the same time. Each step is recorded before and after it runs, so even if CloudTwin is closed midway nothing is left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps on both clouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the create again; whatever is already there is found and used, not made twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in VMs list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save private key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the new SSH private key, to sign in with ssh -i.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main VM on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the new SSH key with your cloud passwords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new SSH key could not be kept (%1), so nothing was created. Try again, or go back to the Access page and use your own public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the create before anything was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cloud was removed from your Clouds list, so nothing was created. Close the wizard and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 on %2 and its twin on %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both VMs are running. %1 on %2: %3. Twin %4 on %5: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with: ssh %1@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The software is installed while the VMs start for the first time; that can take a few minutes more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Creating the VMs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop creating %1 and its twin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever was made so far on both clouds is removed again. This takes a moment; the wizard closes when you press Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping, and removing what was made…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the private key as %1. Sign in with: ssh -i %1 %2@%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the private key as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::PurposePage</name>
    <message>
        <source>%1 (ping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3/%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no extra software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the server for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer fills in sensible choices on the next pages: size, software and open ports. You can change each of them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves a website or a web application to browsers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the data of your applications. Reachable only from private networks until you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;velopment box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A machine to build and try software on, with containers and common programming languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps files that you copy to it over SSH (SFTP or scp). Add a data disk on a later page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with SSH access only; you choose everything on the next pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A VM pair needs two cloud accounts, one for the main VM and one for its twin, and you have %n. Add another on the Clouds page (another cloud, or another project on the same cloud) before the last question.</source>
        <translation>
            <numerusform>A VM pair needs two cloud accounts, one for the main VM and one for its twin, and you have %n. Add another on the Clouds page (another cloud, or another project on the same cloud) before the last question.</numerusform>
            <numerusform>A VM pair needs two cloud accounts, one for the main VM and one for its twin, and you have %n. Add another on the Clouds page (another cloud, or another project on the same cloud) before the last question.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ReviewPage</name>
    <message>
        <source>Review what will be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin asked both clouds what they offer and matched your answers to it. Nothing is made until you press Create VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the file shown to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every generated file in a folder of your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin creates the VMs through the clouds&apos; APIs itself; these files are for reading, or for people who keep their infrastructure in Terraform. Secrets are variables, never written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terraform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be made. %1
Go Back to change the answer this names, or fix it on the cloud and press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud %1 is no longer in your Clouds list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 and %2 what they offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cloud was removed from your Clouds list while the plan was being made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU, %2 GB memory, %3 GB disk; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none besides the operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new ed25519 key; the private key is kept with your cloud passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lose at most %n minute(s) of work</source>
        <translation>
            <numerusform>lose at most %n minute of work</numerusform>
            <numerusform>lose at most %n minutes of work</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unreachable for at most %n minute(s)</source>
        <translation>
            <numerusform>unreachable for at most %n minute</numerusform>
            <numerusform>unreachable for at most %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source> (stored for protection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main VM %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cloud&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n step(s) on two clouds. Press Create VMs to start.</source>
        <translation>
            <numerusform>Ready: %n step on two clouds. Press Create VMs to start.</numerusform>
            <numerusform>Ready: %n steps on two clouds. Press Create VMs to start.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Terraform Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1: %2.</source>
        <translation>
            <numerusform>Saved %n file in %1: %2.</numerusform>
            <numerusform>Saved %n files in %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Terraform files cannot be written for this plan: %1 Creating the VMs does not need them.</source>
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
    <message>
        <source>CloudTwin accounts live on this computer (or on your CloudTwin database server). New here? Choose Create Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 characters: lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::SizePage</name>
    <message>
        <source>How big should it be?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cloud gets the nearest size it really offers that has at least these numbers; the review page shows which one and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extra large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small suits a personal website or a small team&apos;s tool; pick a bigger size for busy sites, databases with much data or heavy builds. The size can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced: my own numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Processors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disk:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::SoftwarePage</name>
    <message>
        <source>Which software should be installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudTwin installs what you tick when the VM starts for the first time, from the operating system&apos;s own packages, and starts its services. You can install more yourself later over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n&amp;ginx — fast web server and reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apache HTTP Server — the classic web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MariaDB — MySQL-compatible database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ySQL — the MySQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL — feature-rich SQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools and languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Docker — runs applications in containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pyt&amp;hon 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ode.js — JavaScript on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Java — OpenJDK runtime</source>
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
    <name>ct::VmsPage</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebooting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, UUID, address or cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show VMs of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every cloud for its VMs now (this also happens every 30 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clouds yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cloud on the Clouds page: enter its OpenStack settings or import your clouds.yaml. Its VMs will then be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Clouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VMs on your clouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your clouds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a VM in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the running action on %1 has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible while %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the VM %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the VM %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is powered off; programs running on it stop. Its disk is kept and you can start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot the VM %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system is asked to restart; the VM is unreachable for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the VM %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM and its local disk are removed from the cloud for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 was rebooted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 %2 on %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: the action failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a VM to see all its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MiB RAM, %3 GB disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (IPv%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cannot be reached.&lt;/b&gt; %2 The VMs shown for it are from the last successful refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU, %2 MiB RAM, disk size not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New VM Pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a VM on one cloud and its twin on another, answering plain questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clouds answered, but none of them has a VM yet. Press New VM Pair… to create a VM and its twin; they will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its main VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::cloudstack</name>
    <message>
        <source>Check the user name, password and domain in this cloud&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key and secret key (or user name, password and domain) in this cloud&apos;s settings, and that this computer&apos;s clock is right: signed requests expire after a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudStack rejected a parameter of the request. Check the value it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CloudStack does not offer the command, or your role may not use it. Ask the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudStack is limiting API requests (api.throttling). Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudStack had an internal error. Try again; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not do this. Ask the cloud&apos;s administrator for the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s resource limit is reached. Delete something you no longer need, or ask the cloud&apos;s administrator for a higher limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud has no capacity for this right now (hosts, storage or addresses). Try a smaller offering or another zone, or ask the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource CloudStack needs is unavailable right now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudStack could not allocate the resource. Try again, or try another offering or zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is in use. Detach or stop what uses it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network rule conflicts with an existing one. Remove or change the existing rule first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CloudStack API (or the proxy in front of it) is not available right now. Try again in a few minutes; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudStack answered with an unexpected error. Try again; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack could not run %2 (error %3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack could not run %2 (error %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud said: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::cloudstack::CloudStackClient</name>
    <message>
        <source>%1: CloudStack could not run %2 — the API answered with an HTML page (“%3”) instead of JSON. A proxy or login page may sit in front of the cloud: check the API URL (it usually ends in /client/api).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack could not run %2 — the API sent malformed JSON (%3 at byte %4). Try again; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped waiting for CloudStack job %2 (%3). The job itself goes on in the cloud; its result can be looked up later with this job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(job %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack answered queryAsyncJobResult for job %2 (%3) without a job status. Check the API URL; if it is right, tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack job %2 (%3) did not finish in time. It may still finish: look at it later with this job id before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::cloudstack::CloudStackProvider</name>
    <message>
        <source>CloudStack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) available</source>
        <translation>
            <numerusform>%n zone available</numerusform>
            <numerusform>%n zones available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s)</source>
        <translation>
            <numerusform>%n virtual machine</numerusform>
            <numerusform>%n virtual machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own template(s)</source>
        <translation>
            <numerusform>%n own template</numerusform>
            <numerusform>%n own templates</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: CloudStack has no virtual machine %2. It may have been deleted meanwhile; refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack lists no available zone for this account. Ask the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack has no available zone “%2”. Choose one of the zones the cloud lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack did not say which OS type template %2 has, which a new template needs. Set the OS type (ostypeid) explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack lists no ROOT volume for virtual machine %2, so it cannot be snapshotted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: virtual machine %2 (%3) went into the Error state. Delete it and try again; if it happens again, tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: virtual machine %2 did not get there in time; it is still %3. It may finish later: refresh before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack has no template %2 this account can see. It may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: template %2 (%3) failed on the cloud: “%4”. Delete it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: template %2 was not ready in time (last status: %3). It may still become ready: refresh later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack accepts uploaded templates only as QCOW2, VHD or OVA, not %2. Convert the image first (qemu-img convert -O qcow2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CloudStack template needs an OS type. Give the image the property ostypeid (see listOsTypes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack answered getUploadParamsForTemplate without an id or postURL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: template %2 was not created by this CloudTwin session with createImage, so there are no upload parameters for it. Create the image again and upload right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the download target was closed before the download of template %2 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack extracted template %2 but named no download URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the download of template %2 ended after %3 of %4 bytes. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the downloaded template %2 does not match CloudStack&apos;s checksum (expected %3, got %4). Do not use the file; download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack cannot create a volume from a template. Deploy a virtual machine from the template instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack has no volume %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: volume %2 was not made from a template, so CloudStack&apos;s OS type for the new template is unknown. Use a ROOT volume, or make the template with createTemplate and an ostypeid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack has no network %2 that this account may use. Choose one of the networks the cloud lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack has no disk offering %2. Choose one of the disk offerings the cloud lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack offers no disk offering with a custom size and none of at least %2 GB, so the volume cannot be created. Choose a smaller disk, or ask the cloud&apos;s administrator for such an offering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a different SSH key pair named “%2” already exists. Choose another name, or delete the old key pair if nothing uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudTwin adds only ingress rules to CloudStack security groups (CloudStack lets all outgoing traffic pass by default). Leave the egress rule out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack accepted the rule for security group %2 but did not list it in its answer. Check the group&apos;s rules in the cloud&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: virtual machine %2 has no network, so no public IP can lead to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: network “%2” has no static NAT, so CloudStack cannot give virtual machine %3 a public IP of its own. On such a (shared) network the VM&apos;s own address is the one to use; for a public IP choose an isolated network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CloudStack answered listZones with a zone that has no “name” (id “%2”). Check the API URL; if it is right, tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::cloudstack::LoginAuthenticator</name>
    <message>
        <source>%1: CloudStack accepted the login of %2 but sent no session key. The account may need two-factor authentication, which CloudTwin does not support; use an API key and secret key instead.</source>
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
    <name>ct::deploy::DeployJob</name>
    <message>
        <source>You cancelled the create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM pair named %1 exists already. Choose another name, or delete that pair first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being created already, or its last create was interrupted and is still being cleaned up. Wait until that has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud was removed during the create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened by CloudTwin for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not start the VM %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cloud gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM %1 on %2 was deleted while it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM %1 on %2 did not start within %3 seconds (it is %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both VMs were created, but CloudTwin could not record them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 What was already created was kept, as you asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Everything this create had made was removed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Some things could not be removed and are still in your clouds: %2. Delete them there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::deploy::Recovery</name>
    <message>
        <source>The create of %1 was interrupted, and CloudTwin cannot reach its clouds to clean up yet (%2). It will try again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The create of %1 was interrupted (CloudTwin stopped while it ran).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 What it had made was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Not removed: %2. Delete them in the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::deploy::Rollback</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Everything this create had made was removed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Not removed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::openstack::ComputeClient</name>
    <message>
        <source>%1: no compute endpoint is known for this account. Sign in first, and check that the project has the compute service in the chosen region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the compute API versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the compute service&apos;s version document has neither “version” nor “versions”. Check the compute endpoint in the catalog; if it is right, tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the compute service&apos;s answer has no “servers” list. Check the compute endpoint; if it is right, tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the compute service&apos;s answer has no “server” object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the compute service accepted it but sent no server id. Look for the server in the cloud&apos;s dashboard before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reboot server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resize server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm the resize of server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server runs with flavor %1, not the requested %2: the resize was probably reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot server %1 to image %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the compute service accepted it but named no image (neither image_id nor a Location header). Look for the image in the cloud&apos;s image list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: server %2 disappeared while CloudTwin waited for it (last status %3). It was deleted, by someone else or by the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: server %2 (%3) went into ERROR. The cloud said: “%4”. Delete it and try again; if it happens again, tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: server %2 (%3) did not get there in time; it is still %4. It may finish later: refresh before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list flavors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read flavor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list key pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach volume %1 to server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detach volume %1 from server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import key pair “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the compute service answered without the key pair. Look for it in the cloud&apos;s key pair list before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read key pair “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete key pair “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list availability zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1 of %2 has no “zoneName”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“availabilityZoneInfo” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“availabilityZoneInfo” is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone “%1” has no “zoneState” with “available”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::openstack::Json</name>
    <message>
        <source>%1: could not %2 — the %3 service sent an empty answer (HTTP %4) where the API reference promises JSON. Try again; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the %3 service answered with an HTML page (“%4”) instead of JSON. A proxy or login page may sit in front of the cloud: check the endpoint address and your proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not %2 — the %3 service sent malformed JSON (%4 at byte %5). Try again; if it lasts, tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::openstack::KeystoneAuth</name>
    <message>
        <source>The session has closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application credential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the auth URL (%1): it should point to Keystone, e.g. https://keystone.example:5000/v3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Keystone refused the %2 (HTTP 401). The cloud said: “%3”. The application credential may have expired or been deleted, or its user lost the role on the project. Create a new application credential and enter it in this cloud&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Keystone refused the sign-in of %2 (HTTP 401). The cloud said: “%3”. Check the password, the user name and domain, and the project in this cloud&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Keystone accepted the sign-in but sent no X-Subject-Token header. A proxy in front of Keystone may strip it; tell the cloud&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Keystone&apos;s token has no readable expires_at (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Keystone signed you in but sent an empty service catalog, so no service can be reached. The token is probably not scoped to a project: set the project in this cloud&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::openstack::OpenStackProvider</name>
    <message>
        <source>%1: the upload source was closed before the upload of image %2 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the download target was closed before the download of image %2 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1; listing servers works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 service answered “%3” with something that is not JSON (%4). A proxy may sit in front of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in; the token is valid until %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: signing in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a different key pair named “%2” already exists. Choose another name, or delete the old key pair if nothing uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: server %2 has no network port, so no floating IP can lead to it. Create the server on a network of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cloud has no external network (router:external), so there is no pool to take a floating IP from. Ask the cloud&apos;s administrator for one, or reach the server over its private address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::openstack::ServiceCatalog</name>
    <message>
        <source>region %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project&apos;s service catalog has no %2 endpoint in %3 for the %4 interface; it has one in %5. Correct the region or interface in this cloud&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no %2 service (catalog type %3) in %4. CloudTwin needs it; ask the cloud&apos;s administrator to enable it for this project, or choose another project.</source>
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
    <message>
        <source>Also run CloudTwin&apos;s built-in practice cloud (&quot;Sandbox&quot;, with a few VMs) and add it to every account, so you can try CloudTwin without a cloud of your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
